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
