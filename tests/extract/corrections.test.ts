import { describe, expect, it } from "vitest";
import { extractFrom } from "./helpers.ts";

const body = ["Talks in Paris", "", "Rishi Sunak met envoys in Paris, a source told Reuters.", ""].join("\n");

describe("front-matter corrections", () => {
  it("drops entities by canonical name or any mention, and adds entities by name", () => {
    const extraction = extractFrom(`---\npeople:\n  drop: [rishi sunak]\n  add: [Keir Starmer]\nplaces:\n  drop: [Paris]\n  add: [Rafah]\norganizations:\n  add: [Red Cross]\n---\n${body}`);
    expect(extraction.people.map((person) => person.name)).toEqual(["Keir Starmer"]);
    expect(extraction.places).toEqual([expect.objectContaining({ name: "Rafah", kind: "city", country: "PS", mentions: [], sentences: [] })]);
    expect(extraction.organizations.map((organization) => organization.name)).toEqual(["Reuters", "Red Cross"]);
  });

  it("gives an added name that the text uses its mention and sentences", () => {
    const extraction = extractFrom(`---\norganizations:\n  add: [envoys]\n---\n${body}`);
    expect(extraction.organizations.find((organization) => organization.name === "envoys")).toEqual({
      name: "envoys",
      mentions: ["envoys"],
      sentences: ["Rishi Sunak met envoys in Paris, a source told Reuters."],
    });
  });

  it("keeps a place the gazetteer does not know as the editor wrote it", () => {
    expect(extractFrom(`---\nplaces:\n  add: [Narnia Heights]\n---\n${body}`).places.at(-1)).toEqual({ name: "Narnia Heights", kind: "region", mentions: [], sentences: [] });
  });

  it("replaces the outlet, and null says there is none", () => {
    expect(extractFrom(body)).toMatchObject({ outlet: "Reuters", outletEvidence: "told Reuters" });
    expect(extractFrom(`---\noutlet: The Guardian\n---\n${body}`)).toMatchObject({ outlet: "The Guardian" });
    const none = extractFrom(`---\noutlet: null\n---\n${body}`);
    expect(none.outlet).toBeNull();
    expect(none.outletEvidence).toBeUndefined();
  });
});
