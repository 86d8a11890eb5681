import { describe, expect, test } from "vitest";
import { normaliseCount } from "../../src/site/count-phrase.ts";

const key = (counts: string) => normaliseCount(counts)?.key ?? null;

describe("normaliseCount", () => {
  test("different wordings of the same count meet", () => {
    expect(new Set(["hostages still in Gaza", "hostages believed still held", "captives held", "hostages remaining"].map(key))).toEqual(new Set(["hostages|held"]));
    expect(new Set(["hostages taken", "individuals abducted", "people taken captive", "captives seized", "hostages kidnapped"].map(key))).toEqual(
      new Set(["hostages|taken"]),
    );
    expect(new Set(["Palestinians killed", "Palestinians killed in Gaza", "Palestinian deaths"].map(key))).toEqual(new Set(["palestinian|killed"]));
  });

  test("different things stay apart", () => {
    const keys = ["people killed", "Israelis killed", "hostages released", "hostages still held", "hostages confirmed alive", "women and children killed"].map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("labels read naturally; counts that only grow are cumulative", () => {
    expect(normaliseCount("hostages believed still held")).toEqual({ key: "hostages|held", label: "hostages still held", kind: "level" });
    expect(normaliseCount("Palestinians killed in Gaza")).toEqual({ key: "palestinian|killed", label: "Palestinians killed", kind: "cumulative" });
    expect(normaliseCount("people feared dead or missing")).toEqual({ key: "people|killed or missing", label: "people killed or missing", kind: "level" });
  });

  test("counts with nothing happening to them, or counting 'others', compare with nothing", () => {
    for (const counts of ["2.3 million inhabitants", "inhabitants", "Americans", "others seized", "extra", "U.S. citizens", "different Israeli People"]) {
      expect(normaliseCount(counts), counts).toBeNull();
    }
  });
});
