import { describe, expect, it } from "vitest";
import { extractBody } from "./helpers.ts";

const organizations = (...paragraphs: string[]) => extractBody(...paragraphs).organizations.map((organization) => [organization.name, organization.mentions]);

describe("organizations", () => {
  it("finds organisations from the lexicon under any of their names", () => {
    expect(organizations("The ICRC and the Red Cross are one. Hamas-run media and the CIA agreed; the State Division and the White Home did not.")).toEqual([
      ["Red Cross", ["ICRC", "Red Cross"]],
      ["Hamas", ["Hamas"]],
      ["CIA", ["CIA"]],
      ["State Department", ["State Division"]],
      ["White House", ["White Home"]],
    ]);
  });

  it("finds organisations by the shape of their names", () => {
    expect(organizations("The Ukrainian Defence Ministry, the Ministry of Foreign Affairs, the Justice Department and Israel's Channel 12 spoke.")).toEqual([
      ["Ukrainian Defence Ministry", ["Ukrainian Defence Ministry"]],
      ["Ministry of Foreign Affairs", ["Ministry of Foreign Affairs"]],
      ["Justice Department", ["Justice Department"]],
      ["Channel 12", ["Channel 12"]],
    ]);
  });

  it("takes no organisation from a place shaped like one", () => {
    expect(organizations("Settlers in the West Bank and the U.S. complained.")).toEqual([]);
  });
});
