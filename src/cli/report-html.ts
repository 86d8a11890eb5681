/**
 * The build report as one self-contained HTML page for editors (`.timeline/report.html`, not
 * published): what deserves a look first (vague dates, lone names, unknown places, duplicates,
 * skipped files), then a table of every entry with its date and precision, then each entry's
 * date evidence and removed boilerplate: of every entry in an archive of up to MAX_DETAILS,
 * otherwise of the entries new or changed in this build (the first MAX_DETAILS of them). Each
 * list and the table likewise show at most MAX_DETAILS items, those of new or changed entries
 * first (the table: then the newest). The rest are in report.json: at 10,000 entries the full
 * page would be some 90 MB, more than a browser shows comfortably or a build should spend
 * seconds writing.
 */
import type { BuildReport } from "./report.ts";

type ReportEntry = BuildReport["entries"][number];

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Plain text as HTML, with `backquoted` words (front-matter keys in hints) as code. */
const prose = (text: string): string => escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");

/** `items` are HTML already. */
const list = (items: readonly string[], empty: string): string =>
  items.length ? `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>` : `<p class="none">${empty}</p>`;

const plural = (count: number, word: string, many = `${word}s`): string => `${count} ${count === 1 ? word : many}`;

/** Anchor of an entry's details; entry ids are unique slugs. */
const anchor = (entry: ReportEntry): string => `entry-${entry.id}`;

export const MAX_DETAILS = 500;

/** The ids of the entries whose details the page shows. */
function detailedIds(report: BuildReport): Set<string> {
  if (report.entries.length <= MAX_DETAILS) return new Set(report.entries.map((entry) => entry.id));
  const changed = new Set(report.changed);
  return new Set(report.entries.filter((entry) => changed.has(entry.id)).slice(0, MAX_DETAILS).map((entry) => entry.id));
}

/**
 * At most MAX_DETAILS of `items`, in their order: those `first` says first, then those nearest
 * the end (the newest, for entries oldest first); and a note on how many were left out.
 */
function shown<T>(items: readonly T[], first: (item: T) => boolean): { items: T[]; note: string } {
  if (items.length <= MAX_DETAILS) return { items: [...items], note: "" };
  const kept = new Set(items.filter(first).slice(0, MAX_DETAILS));
  for (let i = items.length - 1; i >= 0 && kept.size < MAX_DETAILS; i--) kept.add(items[i]!);
  return {
    items: items.filter((item) => kept.has(item)),
    note: `<p class="hint">Showing ${kept.size} of ${items.length} (new or changed first, then the newest); all are in report.json.</p>`,
  };
}

/** The entry's title, linked to its details when the page has them. */
const link = (entry: ReportEntry, detailed: ReadonlySet<string>): string =>
  detailed.has(entry.id) ? `<a href="#${anchor(entry)}">${escapeHtml(entry.title)}</a>` : escapeHtml(entry.title);

/** How the date was found, in words (`dateSource` values are front-matter, text, inferred). */
const DATED_BY: Record<string, string> = { "front-matter": "editor", text: "the text", inferred: "inference" };
const datedBy = (entry: ReportEntry): string => DATED_BY[entry.dateSource] ?? escapeHtml(entry.dateSource);

const MAX_QUOTE = 300;
const quote = (text: string): string => escapeHtml(text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text).replace(/\n/g, "<br>");

function attentionSection(entries: readonly ReportEntry[], detailed: ReadonlySet<string>, changed: ReadonlySet<string>): string {
  const flagged = entries.filter((entry) => entry.attention.length > 0);
  const listed = shown(flagged, (entry) => changed.has(entry.id));
  const items = listed.items.map((entry) => `${link(entry, detailed)} <span class="source">${entry.sources.map(escapeHtml).join(", ")}</span>${list(entry.attention.map(prose), "")}`);
  return `<h2 id="attention">Worth a look <small>(${plural(flagged.length, "entry", "entries")})</small></h2>
<p class="hint">Vague or unsupported dates, lone names, places not in the gazetteer, missing headlines and outlets. Fix them with front matter in the article (README, “Corrections”) or with content/reference/aliases.yaml.</p>
${list(items, "nothing: every entry has a headline, a dated text, an outlet and resolved names")}${listed.note}`;
}

function duplicatesSection(entries: readonly ReportEntry[], detailed: ReadonlySet<string>, changed: ReadonlySet<string>): string {
  const merged = entries.filter((entry) => entry.sources.length > 1);
  const listed = shown(merged, (entry) => changed.has(entry.id));
  const items = listed.items.map((entry) => `${link(entry, detailed)}: published once from ${entry.sources.map((source) => `<code>${escapeHtml(source)}</code>`).join(", ")}`);
  return `<h2 id="duplicates">Duplicates <small>(${merged.length})</small></h2>
${list(items, "none: no article was saved twice")}${listed.note}`;
}

function entryTable(report: BuildReport, detailed: ReadonlySet<string>, changed: ReadonlySet<string>): string {
  const listed = shown(report.entries, (entry) => changed.has(entry.id));
  const rows = listed.items.map(
    (entry) => `<tr${entry.precision === "year" ? ' class="vague"' : ""}>
<td><time>${escapeHtml(entry.date)}</time></td><td>${entry.precision}</td><td>${datedBy(entry)}</td>
<td>${link(entry, detailed)}${entry.titleGenerated ? " <small>(generated title)</small>" : ""}${changed.has(entry.id) ? ' <span class="badge">new or changed</span>' : ""}</td>
<td class="source">${entry.sources.map(escapeHtml).join("<br>")}</td><td class="count">${entry.attention.length || ""}</td></tr>`,
  );
  return `<h2 id="entries">All entries <small>(${report.entries.length}, oldest first)</small></h2>
<table><thead><tr><th scope="col">Date</th><th scope="col">Precision</th><th scope="col">Dated by</th><th scope="col">Title</th><th scope="col">Source</th><th scope="col">To look at</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>${listed.note}`;
}

function entryDetails(entry: ReportEntry): string {
  return `<section id="${anchor(entry)}">
<h3>${escapeHtml(entry.title)}${entry.titleGenerated ? " <small>(generated title)</small>" : ""}</h3>
<p><b>${escapeHtml(entry.date)}</b> · precision ${entry.precision} · between ${escapeHtml(entry.range.earliest)} and ${escapeHtml(entry.range.latest)} · dated by ${datedBy(entry)} · ${entry.sources.map(escapeHtml).join(", ")} (read as ${escapeHtml(entry.encoding)})</p>
<h4>Date evidence</h4>${list(entry.evidence.map((item) => `“${escapeHtml(item.text)}” → ${escapeHtml(item.reading)}`), "none: nothing in the text dates it, so the date is a guess")}
${entry.conflicts.length ? `<h4>Dropped as contradictory</h4>${list(entry.conflicts.map(escapeHtml), "")}` : ""}
<h4>Worth a look</h4>${list(entry.attention.map(prose), "nothing")}
<h4>Removed boilerplate</h4>${list(entry.boilerplate.map((item) => `${item.kind}, line ${item.line}: <q>${quote(item.text)}</q>`), "none")}
<p class="top"><a href="#entries">↑ all entries</a></p>
</section>`;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:72rem;margin:auto;padding:1rem 1.5rem}
h2{margin-top:2.5rem;border-bottom:2px solid #1a1a1a}h3{margin-bottom:.3rem}h4{font-size:1rem;margin:.8rem 0 .2rem}
small,.hint,.none,.source{color:#555}.source{font-size:.85em}.summary{font-size:1.1rem}
nav a{margin-right:1rem}table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #ddd}th{background:#f2f2f2}
td:first-child{white-space:nowrap}.count{text-align:center;font-weight:bold;color:#8a4b00}
tr.vague td:nth-child(2){color:#8a4b00;font-weight:bold}.badge{background:#e6f0ff;color:#0b3d91;border-radius:.3rem;padding:0 .3rem;font-size:.8em;white-space:nowrap}
section{border-top:1px solid #ccc;margin-top:1.5rem}q{font-family:monospace;font-size:.9em}code{font-size:.9em}
.top{font-size:.85em}`;

export function renderReportHtml(report: BuildReport): string {
  const detailed = detailedIds(report);
  const changed = new Set(report.changed);
  // Warnings name their files, not entries: the first ones, in the report's order.
  const warnings = {
    items: report.warnings.slice(0, MAX_DETAILS),
    note: report.warnings.length > MAX_DETAILS ? `<p class="hint">Showing the first ${MAX_DETAILS} of ${report.warnings.length}; all are in report.json.</p>` : "",
  };
  const omitted = report.entries.length - detailed.size;
  const attention = report.entries.filter((entry) => entry.attention.length > 0).length;
  const duplicates = report.entries.filter((entry) => entry.sources.length > 1).length;
  const removed = report.entries.reduce((sum, entry) => sum + entry.boilerplate.length, 0);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timeline build report</title>
<style>${STYLE}</style>
</head><body><main>
<h1>Timeline build report</h1>
<p class="summary">${plural(report.entries.length, "entry", "entries")}, ${report.changed.length} new or changed since the last build · ${plural(attention, "entry", "entries")} worth a look · ${plural(duplicates, "duplicate")} · ${plural(report.warnings.length, "warning")} · ${plural(report.skipped.length, "skipped file")} · ${plural(removed, "boilerplate block")} removed · ${plural(report.searchPages, "page")} indexed for search</p>
<nav><a href="#attention">Worth a look</a><a href="#duplicates">Duplicates</a><a href="#warnings">Warnings</a><a href="#skipped">Skipped files</a><a href="#entries">All entries</a></nav>
${attentionSection(report.entries, detailed, changed)}
${duplicatesSection(report.entries, detailed, changed)}
<h2 id="warnings">Warnings <small>(${report.warnings.length})</small></h2>${list(warnings.items.map(prose), "none")}${warnings.note}
<h2 id="skipped">Skipped files <small>(${report.skipped.length})</small></h2>${list(report.skipped.map((skip) => `<code>${escapeHtml(skip.file)}</code>: ${escapeHtml(skip.note)}`), "none")}
${entryTable(report, detailed, changed)}
${report.entries.filter((entry) => detailed.has(entry.id)).map(entryDetails).join("\n")}
${omitted > 0 ? `<p class="hint">The date evidence and removed boilerplate of the other ${plural(omitted, "entry", "entries")} are in report.json.</p>` : ""}
<p class="hint">Stage times (ms): ${Object.entries(report.times).map(([stage, ms]) => `${escapeHtml(stage)} ${ms}`).join(", ")}</p>
</main></body></html>
`;
}
