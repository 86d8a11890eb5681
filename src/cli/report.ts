/**
 * The build report: what was built, what was removed as boilerplate, what deserves an editor's
 * look. Written to `.timeline/report.json`; its summary ends every build on the terminal.
 */
import { rename, rm } from "node:fs/promises";
import { identifiedBy, writeJsonFile, type ListIndex } from "../json-file.ts";
import type { Boilerplate, DatePrecision, Entry } from "../model.ts";
import { warningsFor } from "./preview.ts";

export interface BuildReport {
  entries: {
    id: string;
    sources: string[];
    title: string;
    titleGenerated: boolean;
    date: string;
    precision: DatePrecision;
    range: { earliest: string; latest: string };
    dateSource: string;
    evidence: { text: string; reading: string }[];
    conflicts: string[];
    encoding: string;
    boilerplate: Boilerplate[];
    /** Results worth an editor's look: lone names, places without coordinates, vague dates. */
    attention: string[];
  }[];
  /** Entries whose Markdown changed in this build (new or edited articles). */
  changed: string[];
  skipped: { file: string; note: string }[];
  warnings: string[];
  searchPages: number;
  /** Repeated pages (entries, periods, people, places, index pages) rendered by this build; the rest were reused. */
  rendered: number;
  /** Search index shards (periods) indexed by this build, and those reused unchanged. */
  searchShards: { rebuilt: string[]; reused: string[] };
  /** Milliseconds per stage. */
  times: Record<string, number>;
}

export function buildReport(input: {
  entries: readonly Entry[];
  written: string[];
  skipped: { file: string; note: string }[];
  searchPages: number;
  rendered: number;
  searchShards?: { rebuilt: string[]; reused: string[] };
  times: Record<string, number>;
}): BuildReport {
  const warnings: string[] = [];
  for (const entry of input.entries) {
    const where = entry.sources.join(", ");
    if (entry.sources.length > 1) warnings.push(`${where}: the same article saved ${entry.sources.length} times; published once as ${entry.url}`);
    if (entry.date.precision === "year") warnings.push(`${where}: date known only to the year (${entry.date.range.earliest} … ${entry.date.range.latest})`);
    for (const conflict of entry.date.conflicts) warnings.push(`${where}: ${conflict}`);
    if (entry.encoding !== "utf-8") warnings.push(`${where}: read as ${entry.encoding}`);
  }
  return {
    entries: input.entries.map((entry) => ({
      id: entry.id,
      sources: entry.sources,
      title: entry.title,
      titleGenerated: entry.titleGenerated,
      date: entry.date.date,
      precision: entry.date.precision,
      range: entry.date.range,
      dateSource: entry.date.source,
      evidence: entry.date.evidence,
      conflicts: entry.date.conflicts,
      encoding: entry.encoding,
      boilerplate: entry.boilerplate,
      attention: warningsFor(entry),
    })),
    changed: input.written,
    skipped: input.skipped,
    warnings,
    searchPages: input.searchPages,
    rendered: input.rendered,
    searchShards: input.searchShards ?? { rebuilt: [], reused: [] },
    times: Object.fromEntries(Object.entries(input.times).map(([stage, ms]) => [stage, Math.round(ms)])),
  };
}

/**
 * Writes `report` as report.json, an entry at a time (tens of megabytes at 10,000 entries), to
 * a temporary file renamed into place, so a build stopped half way leaves the previous report
 * whole. Given the entries' keys (id → key, src/entries: writeEntries) and the previous
 * report.json with its index, an entry whose key is unchanged is copied from it (its part of
 * the report depends on the entry alone). Returns the new file's index.
 */
export async function writeReportJson(file: string, report: BuildReport, reuse?: { keys: ReadonlyMap<string, string>; previous?: ListIndex }): Promise<ListIndex> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const index = await writeJsonFile(
      temporary,
      { ...report },
      reuse && {
        field: "entries",
        identify: identifiedBy(reuse.keys),
        ...(reuse.previous ? { previous: { file, index: reuse.previous } } : {}),
      },
    );
    await rename(temporary, file);
    return index;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Warnings the terminal summary shows; a large archive can have thousands, all in the report. */
export const MAX_PRINTED_WARNINGS = 20;

/** `reportDir`: where report.html was written, as the reader should see it. */
export function summarise(report: BuildReport, reportDir = ".timeline"): string {
  const removed = report.entries.reduce((sum, entry) => sum + entry.boilerplate.length, 0);
  const lines = [
    `Built ${report.entries.length} entries (${report.changed.length} new or changed); rendered ${report.rendered} pages, reused the others; search index: ${report.searchPages} pages, ${report.searchShards.rebuilt.length} of ${report.searchShards.rebuilt.length + report.searchShards.reused.length} period shards re-indexed.`,
    `Removed ${removed} boilerplate block(s); ${report.skipped.length} file(s) skipped; ${report.warnings.length} warning(s).`,
    ...report.skipped.map((skip) => `  skipped ${skip.file}: ${skip.note}`),
    ...report.warnings.slice(0, MAX_PRINTED_WARNINGS).map((warning) => `  warning: ${warning}`),
    ...(report.warnings.length > MAX_PRINTED_WARNINGS ? [`  … and ${report.warnings.length - MAX_PRINTED_WARNINGS} more warnings in the report`] : []),
    `Stage times (ms): ${Object.entries(report.times).map(([stage, ms]) => `${stage} ${ms}`).join(", ")}`,
    `Report: ${reportDir}/report.html (and report.json)`,
  ];
  return lines.join("\n");
}
