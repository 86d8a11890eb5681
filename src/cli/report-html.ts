/**
 * The build report as one self-contained HTML page for editors (`.timeline/report.html`, not
 * published): every entry with its date and evidence, what deserves a look, removed boilerplate,
 * skipped files and duplicates.
 */
import type { BuildReport } from "./report.ts";

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const list = (items: readonly string[], empty: string): string =>
  items.length ? `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>` : `<p class="none">${empty}</p>`;

export function renderReportHtml(report: BuildReport): string {
  const entries = report.entries
    .map(
      (entry) => `<section>
<h2>${escapeHtml(entry.title)}${entry.titleGenerated ? ' <small>(generated title)</small>' : ""}</h2>
<p><b>${escapeHtml(entry.date)}</b> · precision ${entry.precision} · ${escapeHtml(entry.range.earliest)} … ${escapeHtml(entry.range.latest)} · from ${entry.dateSource} · ${entry.sources.map(escapeHtml).join(", ")} (${escapeHtml(entry.encoding)})</p>
<h3>Date evidence</h3>${list(entry.evidence.map((item) => `“${escapeHtml(item.text)}” → ${escapeHtml(item.reading)}`), "none: the date is a guess")}
${entry.conflicts.length ? `<h3>Dropped as contradictory</h3>${list(entry.conflicts.map(escapeHtml), "")}` : ""}
<h3>Worth a look</h3>${list(entry.attention.map(escapeHtml), "nothing")}
<h3>Removed boilerplate</h3>${list(entry.boilerplate.map((item) => `${item.kind}, line ${item.line}: <q>${escapeHtml(item.text.length > 300 ? `${item.text.slice(0, 300)}…` : item.text).replace(/\n/g, "<br>")}</q>`), "none")}
</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timeline build report</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}section{border-top:1px solid #ccc;margin-top:1.5rem}h3{font-size:1rem;margin-bottom:.2rem}.none{color:#555}q{font-family:monospace;font-size:.9em}</style>
</head><body><main>
<h1>Timeline build report</h1>
<p>${report.entries.length} entries, ${report.changed.length} new or changed, ${report.searchPages} pages indexed for search.</p>
<h2>Warnings</h2>${list(report.warnings.map(escapeHtml), "none")}
<h2>Skipped files</h2>${list(report.skipped.map((skip) => `${escapeHtml(skip.file)}: ${escapeHtml(skip.note)}`), "none")}
${entries}
</main></body></html>
`;
}
