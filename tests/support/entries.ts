/**
 * Hand-made Entry objects for site tests: `makeEntry` fills every field with plain defaults so a
 * test states only what it is about; `writeEntryFiles` saves entries as the pipeline would
 * (`<dir>/<id>.md` via `entryToMarkdown`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { entryToMarkdown } from "../../src/entries/markdown.ts";
import type { ArticleDate, Entry } from "../../src/model.ts";

export type EntryOverrides = Partial<Omit<Entry, "date">> & { date?: Partial<ArticleDate> };

export function makeEntry(id: string, overrides: EntryOverrides = {}): Entry {
  const { date, ...rest } = overrides;
  const day = date?.date ?? "2024-01-15";
  return {
    id,
    url: `/entries/${id}/`,
    sources: [`content/articles/${id}.txt`],
    title: `Title of ${id}`,
    titleGenerated: false,
    standfirst: null,
    lead: `Lead of ${id}.`,
    outlet: null,
    byline: [],
    contributors: [],
    captions: [],
    topics: [],
    people: [],
    places: [],
    organizations: [],
    figures: [],
    body: [{ kind: "paragraph", text: `Body of ${id}.` }],
    boilerplate: [],
    encoding: "utf-8",
    contentHash: `hash-${id}`,
    ...rest,
    date: {
      date: day,
      precision: "day",
      range: { earliest: day, latest: day },
      source: "text",
      evidence: [],
      conflicts: [],
      ...date,
    },
  };
}

export async function writeEntryFiles(dir: string, entries: readonly Entry[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(entries.map((entry) => writeFile(path.join(dir, `${entry.id}.md`), entryToMarkdown(entry))));
}

const PEOPLE = [
  ["Benjamin Netanyahu", "Prime Minister"], ["David Barnea", "Mossad director"], ["William Burns", "CIA Director"],
  ["Antony Blinken", "Secretary of State"], ["Joe Biden", "President"], ["Yoav Gallant", "Defence Minister"],
  ["Mohammed bin Abdulrahman Al Thani", "Qatari Prime Minister"], ["Abdel Fattah el-Sisi", "Egyptian President"],
  ["Benny Gantz", "war cabinet minister"], ["Donald Trump", "President"], ["Adam Boehler", "hostage envoy"], ["Edan Alexander", "hostage"],
] as const;
const PLACES = [
  ["Gaza Strip", "territory", "PS", 31.42, 34.36], ["Israel", "country", "IL", 31.47, 35.13], ["Qatar", "country", "QA", 25.5, 51.25],
  ["Doha", "city", "QA", 25.285, 51.531], ["Cairo", "city", "EG", 30.063, 31.25], ["Egypt", "country", "EG", 27, 30],
  ["United States", "country", "US", 38, -97], ["Paris", "city", "FR", 48.853, 2.349], ["Tel Aviv", "city", "IL", 32.081, 34.781],
  ["Rafah", "city", "PS", 31.297, 34.245], ["Washington, D.C.", "city", "US", 38.895, -77.036],
] as const;
const COUNTS = ["hostages still held", "Palestinians killed", "people killed", "hostages released", "aid trucks"] as const;

/**
 * `count` entries that look like the pipeline's output for a long-running story, spread evenly
 * from October 2023 over `months` months: people with roles, located places, figures; every
 * third date estimated. Deterministic.
 */
export function makeStoryEntries(count: number, months = 18): Entry[] {
  return Array.from({ length: count }, (_, i) => {
    const monthIndex = Math.floor((i * months) / count);
    const year = 2023 + Math.floor((9 + monthIndex) / 12);
    const month = String(((9 + monthIndex) % 12) + 1).padStart(2, "0");
    const date = `${year}-${month}-${String(1 + ((i * 7) % 28)).padStart(2, "0")}`;
    const estimated = i % 3 === 0;
    const people = [PEOPLE[i % PEOPLE.length]!, PEOPLE[(i * 5 + 1) % PEOPLE.length]!].filter((p, k, all) => all.indexOf(p) === k);
    const places = [PLACES[i % PLACES.length]!, PLACES[(i * 3 + 2) % PLACES.length]!].filter((p, k, all) => all.indexOf(p) === k);
    const counts = COUNTS[i % COUNTS.length]!;
    const value = 100 + ((i * 37) % 900);
    return makeEntry(`story-${String(i).padStart(5, "0")}`, {
      title: `Negotiators meet again, round ${i + 1}`,
      lead: `Mediators met in ${places[0]![0]} on the hostage talks, round ${i + 1}.`,
      outlet: ["CNN", "Reuters", "CBS News", null][i % 4] ?? null,
      date: estimated ? { date, precision: "week", range: { earliest: date.slice(0, 8) + "01", latest: date.slice(0, 8) + "28" }, source: "inferred" } : { date },
      people: people.map(([name, role]) => ({ name, mentions: [name], role, sentences: [`${name} spoke about the talks.`] })),
      places: places.map(([name, kind, country, lat, lon]) => ({ name, mentions: [name], kind, country, lat, lon, sentences: [`Talks went on in ${name}.`] })),
      figures: [{ value, text: `${value} ${counts}`, counts, sentence: `Officials said ${value} ${counts}.` }],
      body: [{ kind: "paragraph", text: `Mediators met in ${places[0]![0]} on round ${i + 1} of the hostage talks.` }],
    });
  });
}
