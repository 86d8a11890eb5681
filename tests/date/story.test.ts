import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadStory, parseStory } from "../../src/date/story.ts";
import { story } from "./helpers.ts";

const MINIMAL = `
story: A test story
coverage: { from: 2023-10-07, to: 2025-12-31, source: test }
events:
  - id: attack
    name: the attack
    date: 2023-10-07
    source: test
    mentions: ['the attack']
`;

describe("story reference", () => {
  it("loads the project's story.yaml with its events, people and tolls", () => {
    expect(story.events.find((event) => event.id === "october-7-attack")?.date).toBe("2023-10-07");
    const blinken = story.people.find((person) => person.name === "Antony Blinken");
    expect(blinken?.roles[0]?.terms).toEqual([{ from: "2021-01-26", to: "2025-01-20" }]);
    expect(story.figures.length).toBeGreaterThan(0);
    for (const event of story.events) expect(event.source.length).toBeGreaterThan(0);
  });

  it("parses a minimal reference", () => {
    const parsed = parseStory(MINIMAL, "mini.yaml");
    expect(parsed.events).toHaveLength(1);
    expect(parsed.people).toEqual([]);
    expect("the attack began".search(parsed.events[0]!.mentions[0]!.regex)).toBe(0);
  });

  it("names the file and the bad key on invalid dates", () => {
    expect(() => parseStory(MINIMAL.replace("date: 2023-10-07", "date: 2023-13-07"), "story.yaml"))
      .toThrow(/story\.yaml: events\[0\]\.date: expected YYYY-MM-DD, got "2023-13-07"/);
  });

  it("names missing keys and broken patterns", () => {
    expect(() => parseStory(MINIMAL.replace("    source: test\n", ""), "story.yaml")).toThrow(/story\.yaml: events\[0\]\.source: is missing/);
    expect(() => parseStory(MINIMAL.replace("['the attack']", "['the (attack']"), "story.yaml")).toThrow(/events\[0\]\.mentions\[0\]: not a valid pattern/);
  });

  it("rejects terms that end before they start and unsorted toll points", () => {
    const people = `${MINIMAL}people:\n  - name: X\n    names: [X]\n    roles:\n      - role: r\n        before: ['Mr']\n        terms: [{ from: 2024-01-01, to: 2023-01-01 }]\n        source: s\n`;
    expect(() => parseStory(people, "story.yaml")).toThrow(/people\[0\]\.roles\[0\]\.terms\[0\]\.to: must not be before from/);
    const figures = `${MINIMAL}figures:\n  - { name: n, kind: cumulative, nouns: [a], deathWords: [killed], lagDays: 3, source: s, points: [[2024-01-02, 5], [2024-01-01, 9]] }\n`;
    expect(() => parseStory(figures, "story.yaml")).toThrow(/figures\[0\]\.points: point 1 is not after the one before/);
  });

  it("loadStory reports an unreadable file by its path", () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), "story-")), "nope.yaml");
    expect(() => loadStory(missing)).toThrow(new RegExp(`${missing.replace(/[/.]/g, "\\$&")}: cannot be read`));
    const bad = path.join(path.dirname(missing), "bad.yaml");
    writeFileSync(bad, "story: [unclosed");
    expect(() => loadStory(bad)).toThrow(/bad\.yaml: not valid YAML/);
  });
});
