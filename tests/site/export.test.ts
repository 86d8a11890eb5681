import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { buildTimelineExport, serializeTimelineExport, writeTimelineExport } from "../../src/site/export.ts";
import { makeEntry } from "../support/entries.ts";

const entry = makeEntry("talks", {
  sources: ["content/articles/a.txt", "content/articles/a copy.txt"],
  title: "Talks resume",
  titleGenerated: true,
  outlet: "CBS News",
  byline: ["A Writer"],
  contributors: ["B Helper"],
  date: {
    date: "2024-05-25",
    precision: "week",
    range: { earliest: "2024-05-14", latest: "2024-06-21" },
    source: "inferred",
    evidence: [{ text: "nearly eight months of captivity", reading: "≈ 8 months after 2023-10-07" }],
  },
  people: [
    { name: "William Burns", mentions: ["William Burns"], role: "CIA director", sentences: ["not exported"] },
    { name: "No Role", mentions: ["No Role"], sentences: [] },
  ],
  places: [
    { name: "Paris", mentions: ["Paris"], kind: "city", country: "FR", lat: 48.85, lon: 2.35, sentences: [] },
    { name: "Somewhere", mentions: ["Somewhere"], kind: "region", sentences: [] },
  ],
  organizations: [{ name: "Hamas", mentions: ["Hamas"], sentences: [] }],
  figures: [
    { value: 120, text: "Roughly 120 hostages", qualifier: "roughly", counts: "hostages still held", sentence: "Roughly 120 hostages are held." },
    { value: 5, text: "five U.S. citizens", counts: "U.S. citizens held", sentence: "including five U.S. citizens." },
  ],
});

test("each entry has exactly the documented keys, in the documented order", () => {
  const [exported] = buildTimelineExport([entry]).entries;
  expect(Object.keys(exported ?? {})).toEqual([
    "id", "url", "source", "sources", "title", "titleGenerated", "date", "datePrecision", "dateRange",
    "dateSource", "dateEvidence", "outlet", "byline", "contributors", "people", "places", "organizations", "figures",
  ]);
  expect(exported).toMatchObject({
    id: "talks",
    url: "/entries/talks/",
    source: "content/articles/a.txt",
    sources: ["content/articles/a.txt", "content/articles/a copy.txt"],
    titleGenerated: true,
    date: "2024-05-25",
    datePrecision: "week",
    dateRange: { earliest: "2024-05-14", latest: "2024-06-21" },
    dateSource: "inferred",
    dateEvidence: [{ text: "nearly eight months of captivity", reading: "≈ 8 months after 2023-10-07" }],
    outlet: "CBS News",
  });
});

test("entity lists carry only the public fields, leaving optional ones out when absent", () => {
  const [exported] = buildTimelineExport([entry]).entries;
  expect(exported?.people).toEqual([
    { name: "William Burns", mentions: ["William Burns"], role: "CIA director" },
    { name: "No Role", mentions: ["No Role"] },
  ]);
  expect(exported?.places).toEqual([
    { name: "Paris", mentions: ["Paris"], kind: "city", country: "FR", lat: 48.85, lon: 2.35 },
    { name: "Somewhere", mentions: ["Somewhere"], kind: "region" },
  ]);
  expect(exported?.organizations).toEqual([{ name: "Hamas", mentions: ["Hamas"] }]);
  expect(exported?.figures.map((f) => Object.keys(f))).toEqual([
    ["value", "text", "qualifier", "counts", "sentence"],
    ["value", "text", "counts", "sentence"],
  ]);
});

test("an entry without outlet exports null, and the order of entries is kept", () => {
  const data = buildTimelineExport([makeEntry("one"), makeEntry("two", { outlet: null })]);
  expect(data.entries.map((e) => [e.id, e.outlet])).toEqual([["one", null], ["two", null]]);
});

test("serialisation is two-space JSON ending in a newline, identical for identical input", () => {
  const text = serializeTimelineExport([entry]);
  expect(text.endsWith("}\n")).toBe(true);
  expect(text.startsWith('{\n  "entries": [\n    {\n      "id": "talks",')).toBe(true);
  expect(serializeTimelineExport([structuredClone(entry)])).toBe(text);
  expect(JSON.parse(text)).toEqual(buildTimelineExport([entry]));
});

test("made an entry at a time, the text is byte for byte what serialising the whole export gives", () => {
  const tricky = makeEntry("tricky", { title: 'Line\nbreak, "quotes", tab\t and emoji 🕊️', people: [] });
  for (const entries of [[], [entry], [entry, tricky, makeEntry("three")]]) {
    expect(serializeTimelineExport(entries)).toBe(`${JSON.stringify(buildTimelineExport(entries), null, 2)}\n`);
  }
});

test("written to a file in chunks, the export is the same text", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "timeline-export-"));
  try {
    // Enough entries to need several chunks of the writer.
    const many = Array.from({ length: 1500 }, (_, i) => makeEntry(`entry-${i}`, { title: `Entry ${i} ${"words ".repeat(200)}` }));
    const file = path.join(dir, "timeline.json");
    await writeTimelineExport(many, file);
    const written = await readFile(file, "utf8");
    expect(written.length).toBeGreaterThan(2 * (1 << 20));
    expect(written).toBe(serializeTimelineExport(many));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("given keys and the previous export, copies the text of entries whose key is unchanged and serialises the others", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "timeline-export-reuse-"));
  try {
    const [a, b, c] = [makeEntry("a", { title: "Alpha" }), makeEntry("b", { title: "Bravo" }), makeEntry("c", { title: "Charlie" })];
    const first = path.join(dir, "first.json");
    const index = await writeTimelineExport([a, b], first, { keys: new Map([["a", "ka"], ["b", "kb"]]) });
    expect(Object.keys(index.items)).toEqual(["a", "b"]);
    const text = await readFile(first, "utf8");

    const second = path.join(dir, "second.json");
    // Entry a keeps its key but not its title, to see that its text is copied: it still reads "Alpha".
    const renamed = { ...a, title: "ALPHA" };
    const edited = { ...b, title: "Bravo, edited" };
    const next = await writeTimelineExport([renamed, edited, c], second, { keys: new Map([["a", "ka"], ["b", "kb2"], ["c", "kc"]]), previous: { file: first, index } });
    const written = await readFile(second, "utf8");
    expect(written).toBe(serializeTimelineExport([renamed, edited, c]).replace('"title": "ALPHA"', '"title": "Alpha"'));
    expect(next.size).toBe(Buffer.byteLength(written));
    expect(Object.keys(next.items)).toEqual(["a", "b", "c"]);

    // A previous file that is not the one indexed (another size) is not used.
    await writeFile(first, `${text} `);
    const third = path.join(dir, "third.json");
    await writeTimelineExport([a, edited, c], third, { keys: new Map([["a", "ka"], ["b", "kb2"], ["c", "kc"]]), previous: { file: first, index } });
    expect(await readFile(third, "utf8")).toBe(serializeTimelineExport([a, edited, c]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
