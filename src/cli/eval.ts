/**
 * `npm run eval`: extraction quality and speed on the seed articles. For each seed with a gold
 * list in `tests/fixtures/gold/`, precision and recall of people and places for our extractor
 * and, on the same text and gold, for plain compromise (`.people()`, `.places()`); gold figures
 * found; the outlet. Then the extract stage's speed in MB/s on one core (warm: the reference and
 * gazetteer are loaded once per build, and that one-time cost is printed apart).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { cleanArticle } from "../clean/index.ts";
import { comparableName, missingFigures, parseGold, scoreNames, sumScores, type Gold, type Score } from "../extract/evaluate.ts";
import { extractEntities } from "../extract/index.ts";
import { loadExtractReference } from "../extract/reference.ts";
import type { CleanArticle, Extraction } from "../model.ts";
import { discoverArticles, readArticleFile } from "../read/index.ts";

/** Long enough for a stable rate, short enough for a script. */
const MIN_BENCH_MS = 2_000;

interface Row {
  file: string;
  ours: { people: Score; places: Score };
  baseline: { people: Score; places: Score };
  figures: { found: number; gold: number; missed: string[] };
  outlet: { expected: string | null; got: string | null };
}

async function main(): Promise<void> {
  const root = process.cwd();
  const goldDir = path.join(root, "tests", "fixtures", "gold");
  let started = performance.now();
  const ref = loadExtractReference(path.join(root, "content", "reference"));
  const referenceMs = performance.now() - started;

  const seeds: { clean: CleanArticle; gold: Gold }[] = [];
  for (const file of (await discoverArticles(path.join(root, "content", "articles"), root)).articles) {
    const goldFile = path.join(goldDir, `${path.basename(file)}.yaml`);
    let goldText: string;
    try {
      goldText = readFileSync(goldFile, "utf8");
    } catch {
      continue; // no gold list for this article
    }
    seeds.push({ clean: cleanArticle(await readArticleFile(file, root)), gold: parseGold(goldText, goldFile) });
  }
  if (seeds.length === 0) throw new Error(`no article has a gold list in ${goldDir}`);

  started = performance.now();
  extractEntities(seeds[0]!.clean, ref);
  const firstMs = performance.now() - started;

  const rows = seeds.map(({ clean, gold }) => evaluate(clean, gold, extractEntities(clean, ref)));
  printQuality(rows);

  const bytes = seeds.reduce((sum, { clean }) => sum + Buffer.byteLength(clean.article.text, "utf8"), 0);
  const ours = rate(bytes, () => seeds.forEach(({ clean }) => extractEntities(clean, ref)));
  const baseline = rate(bytes, () => seeds.forEach(({ clean }) => baselineNames(readText(clean))));
  console.log("\nSpeed (one core, seeds repeated, MB = 10^6 bytes of article text)");
  console.log(`  extract stage:        ${ours.toFixed(2)} MB/s`);
  console.log(`  compromise baseline:  ${baseline.toFixed(2)} MB/s (.people() + .places())`);
  console.log(`  once per build: reference ${referenceMs.toFixed(0)} ms, first article (loads the city gazetteer) ${firstMs.toFixed(0)} ms`);
}

function evaluate(clean: CleanArticle, gold: Gold, extraction: Extraction): Row {
  const baseline = baselineNames(readText(clean));
  const missed = missingFigures(extraction.figures, gold.figures);
  return {
    file: clean.article.fileName,
    ours: {
      people: scoreNames(extraction.people.map((person) => person.name), gold.people),
      places: scoreNames(extraction.places.map((place) => place.name), gold.places),
    },
    baseline: { people: scoreNames(baseline.people, gold.people), places: scoreNames(baseline.places, gold.places) },
    figures: { found: gold.figures.length - missed.length, gold: gold.figures.length, missed: missed.map((figure) => figure.text) },
    outlet: { expected: gold.outlet, got: extraction.outlet },
  };
}

/** The text our extractor reads, for compromise to read too. */
function readText(clean: CleanArticle): string {
  return [clean.headline, clean.standfirst, ...clean.body.map((block) => block.text), ...clean.captions.map((caption) => caption.text)]
    .filter((text): text is string => text !== null)
    .join("\n\n");
}

function baselineNames(text: string): { people: string[]; places: string[] } {
  const doc = nlp(text);
  return { people: doc.people().out("array") as string[], places: doc.places().out("array") as string[] };
}

function rate(bytes: number, run: () => void): number {
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < MIN_BENCH_MS) {
    run();
    rounds++;
  }
  return (bytes * rounds) / 1e6 / ((performance.now() - started) / 1000);
}

function printQuality(rows: readonly Row[]): void {
  const pr = (score: Score): string => `${score.precision.toFixed(2)} ${score.recall.toFixed(2)}`;
  console.log("Extraction quality on the seeds (P = precision, R = recall; gold: tests/fixtures/gold/)\n");
  console.log(`${"article".padEnd(26)}  people P R     places P R     | compromise people P R  places P R  | figures  outlet`);
  for (const row of rows) {
    const outlet = row.outlet.expected === row.outlet.got ? "ok" : `${row.outlet.got} (want ${row.outlet.expected})`;
    console.log(
      `${row.file.padEnd(26)}  ${pr(row.ours.people).padEnd(13)}  ${pr(row.ours.places).padEnd(13)}  | ${pr(row.baseline.people).padEnd(21)}  ${pr(row.baseline.places).padEnd(10)}  | ${`${row.figures.found}/${row.figures.gold}`.padEnd(7)}  ${outlet}`,
    );
  }
  const total = (pick: (row: Row) => Score): Score => sumScores(rows.map(pick));
  const figuresFound = rows.reduce((sum, row) => sum + row.figures.found, 0);
  const figuresGold = rows.reduce((sum, row) => sum + row.figures.gold, 0);
  console.log(
    `${"TOTAL".padEnd(26)}  ${pr(total((row) => row.ours.people)).padEnd(13)}  ${pr(total((row) => row.ours.places)).padEnd(13)}  | ${pr(total((row) => row.baseline.people)).padEnd(21)}  ${pr(total((row) => row.baseline.places)).padEnd(10)}  | ${figuresFound}/${figuresGold}`,
  );
  const problems = [
    ...listed("ours, people wrong", rows.flatMap((row) => row.ours.people.wrong)),
    ...listed("ours, people missed", rows.flatMap((row) => row.ours.people.missed)),
    ...listed("ours, places wrong", rows.flatMap((row) => row.ours.places.wrong)),
    ...listed("ours, places missed", rows.flatMap((row) => row.ours.places.missed)),
    ...listed("ours, figures missed", rows.flatMap((row) => row.figures.missed)),
    ...listed("compromise, people wrong", rows.flatMap((row) => row.baseline.people.wrong)),
    ...listed("compromise, places wrong", rows.flatMap((row) => row.baseline.places.wrong)),
  ];
  if (problems.length > 0) console.log(`\n${problems.join("\n")}`);
}

function listed(label: string, names: readonly string[]): string[] {
  const distinct = [...new Map(names.map((name) => [comparableName(name), name])).values()];
  return distinct.length === 0 ? [] : [`  ${label}: ${distinct.join("; ")}`];
}

await main();
