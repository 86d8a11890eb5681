/**
 * The public data export `timeline.json`: `{ "entries": [...] }`, oldest first, one object per
 * entry with a fixed set of keys in a fixed order (optional keys are left out when absent).
 * The shape is documented in the README; change it only compatibly.
 *
 * At 10,000 entries the text is near 90 MB, so it is made and written an entry at a time
 * (`writeTimelineExport`), never held whole. Given each entry's key (src/entries: writeEntries)
 * and the previous export with its index, an entry whose key is unchanged has its text copied
 * from the previous file instead of serialised again: a rebuild after one new article
 * serialises one entry.
 */
import { identifiedBy, jsonPieces, writeJsonFile, type ListIndex } from "../json-file.ts";
import type { Entry } from "../model.ts";

/** The export's file, relative to the site. */
export const EXPORT_FILE = "timeline.json";

export interface TimelineExport {
  entries: ExportedEntry[];
}

export interface ExportedEntry {
  id: string;
  url: string;
  source: string;
  sources: string[];
  title: string;
  titleGenerated: boolean;
  date: string;
  datePrecision: string;
  dateRange: { earliest: string; latest: string };
  dateSource: string;
  dateEvidence: { text: string; reading: string }[];
  outlet: string | null;
  byline: string[];
  contributors: string[];
  people: { name: string; mentions: string[]; role?: string }[];
  places: { name: string; mentions: string[]; kind: string; country?: string; lat?: number; lon?: number }[];
  organizations: { name: string; mentions: string[] }[];
  figures: { value: number; text: string; qualifier?: string; counts: string; sentence: string }[];
}

/** Builds the export from entries already in chronological order; it shares their lists of strings (made to be serialised, not edited). */
export function buildTimelineExport(entries: readonly Entry[]): TimelineExport {
  return { entries: entries.map(exportEntry) };
}

/** Two-space JSON with a final newline: the same entries always give the same bytes. */
export function serializeTimelineExport(entries: readonly Entry[]): string {
  return [...jsonPieces({ entries: exported(entries) })].join("");
}

/**
 * Writes the export of `entries` (chronological) to `file`, an entry at a time: the same bytes
 * as `serializeTimelineExport`. Given the entries' keys (id → key) and the previous export with
 * its index, copies the text of every entry whose key is unchanged. Returns the new index.
 */
export function writeTimelineExport(entries: readonly Entry[], file: string, reuse?: { keys: ReadonlyMap<string, string>; previous?: { file: string; index: ListIndex } }): Promise<ListIndex> {
  if (!reuse) return writeJsonFile(file, { entries: exported(entries) });
  // The entries themselves, each made into its export only when its text is not copied.
  return writeJsonFile(
    file,
    { entries },
    {
      field: "entries",
      identify: identifiedBy(reuse.keys),
      toJson: (item) => exportEntry(item as Entry),
      ...(reuse.previous ? { previous: reuse.previous } : {}),
    },
  );
}

function* exported(entries: readonly Entry[]): Generator<ExportedEntry> {
  for (const entry of entries) yield exportEntry(entry);
}

function exportEntry(entry: Entry): ExportedEntry {
  return {
    id: entry.id,
    url: entry.url,
    source: entry.sources[0] ?? "",
    sources: entry.sources,
    title: entry.title,
    titleGenerated: entry.titleGenerated,
    date: entry.date.date,
    datePrecision: entry.date.precision,
    dateRange: { earliest: entry.date.range.earliest, latest: entry.date.range.latest },
    dateSource: entry.date.source,
    dateEvidence: (entry.date.evidence ?? []).map((e) => ({ text: e.text, reading: e.reading })),
    outlet: entry.outlet ?? null,
    byline: entry.byline ?? [],
    contributors: entry.contributors ?? [],
    people: entry.people.map((p) => ({
      name: p.name,
      mentions: p.mentions,
      ...(p.role !== undefined ? { role: p.role } : {}),
    })),
    places: entry.places.map((p) => ({
      name: p.name,
      mentions: p.mentions,
      kind: p.kind,
      ...(p.country !== undefined ? { country: p.country } : {}),
      ...(p.lat !== undefined ? { lat: p.lat } : {}),
      ...(p.lon !== undefined ? { lon: p.lon } : {}),
    })),
    organizations: entry.organizations.map((o) => ({ name: o.name, mentions: o.mentions })),
    figures: entry.figures.map((f) => ({
      value: f.value,
      text: f.text,
      ...(f.qualifier !== undefined ? { qualifier: f.qualifier } : {}),
      counts: f.counts,
      sentence: f.sentence,
    })),
  };
}
