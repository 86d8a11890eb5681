/**
 * The public data export `timeline.json`: `{ "entries": [...] }`, oldest first, one object per
 * entry with a fixed set of keys in a fixed order (optional keys are left out when absent).
 * The shape is documented in the README; change it only compatibly.
 *
 * At 10,000 entries the text is near 90 MB, so it is made and written an entry at a time
 * (`writeTimelineExport`), never held whole.
 */
import { open } from "node:fs/promises";
import type { Entry } from "../model.ts";

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

/**
 * The export's text in pieces, an entry at a time: the bytes of two-space JSON with a final
 * newline (`JSON.stringify(export, null, 2)`), so the same entries always give the same bytes.
 */
export function* timelineExportText(entries: readonly Entry[]): Generator<string> {
  if (entries.length === 0) {
    yield '{\n  "entries": []\n}\n';
    return;
  }
  yield '{\n  "entries": [\n';
  for (const [index, entry] of entries.entries()) {
    // Nested two levels deep. JSON strings hold no raw line breaks, so every one is indentation.
    yield `${index === 0 ? "" : ",\n"}    ${JSON.stringify(exportEntry(entry), null, 2).replaceAll("\n", "\n    ")}`;
  }
  yield "\n  ]\n}\n";
}

/** The whole text at once (tests, small timelines). */
export function serializeTimelineExport(entries: readonly Entry[]): string {
  return [...timelineExportText(entries)].join("");
}

/** Bytes gathered before each write. */
const WRITE_CHUNK = 1 << 20;

/** Writes the export of `entries` (chronological) to `file`, a chunk at a time. */
export async function writeTimelineExport(entries: readonly Entry[], file: string): Promise<void> {
  const handle = await open(file, "w");
  try {
    let pending: string[] = [];
    let size = 0;
    for (const piece of timelineExportText(entries)) {
      pending.push(piece);
      size += piece.length;
      if (size < WRITE_CHUNK) continue;
      await handle.write(pending.join(""));
      pending = [];
      size = 0;
    }
    await handle.write(pending.join(""));
  } finally {
    await handle.close();
  }
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
