import { describe, expect, it } from "vitest";
import { extractFrom } from "./helpers.ts";

const article = (...lines: string[]) => extractFrom(["Election night in Britain", "", ...lines.flatMap((line) => [line, ""])].join("\n"));

describe("outlet", () => {
  it("names the outlet sources speak to", () => {
    expect(article("A senior official told Sky News the count was close.")).toMatchObject({ outlet: "Sky News", outletEvidence: "told Sky News" });
    expect(article("Two aides informed NBC News of the result.")).toMatchObject({ outlet: "NBC News", outletEvidence: "informed NBC News" });
  });

  it("names the outlet from its reporters' credit, which outweighs a source speaking to another outlet", () => {
    const extraction = article("An aide told Reuters the vote was over.", "BBC's Ana Costa contributed reporting.");
    expect(extraction.outlet).toBe("BBC");
    expect(extraction.outletEvidence).toBe("BBC's Ana Costa contributed reporting.");
  });

  it("names the outlet of a dateline and of a credit the body still holds", () => {
    expect(article("KYIV, Ukraine (AP) — Drones struck the capital overnight.")).toMatchObject({ outlet: "The Associated Press", outletEvidence: "KYIV, Ukraine (AP) —" });
    expect(article("Drones struck the capital overnight.", "Associated Press writer Hanna Arhirova contributed.").outlet).toBe("The Associated Press");
  });

  it("names the outlet acting as itself", () => {
    expect(article("CNN has contacted the Home Office for comment.").outlet).toBe("CNN");
  });

  it("names no outlet the article only cites, and none when the text names none", () => {
    expect(article("The result, which Axios first reported, stood. Israel's Channel 12 reported it too.")).toMatchObject({ outlet: null });
    expect(article("Voters queued from dawn.").outletEvidence).toBeUndefined();
  });
});
