/**
 * `npm run bench -- --articles 1000,10000`: for each size, in one run, the full pipeline cold (no
 * cache), warm (nothing changed) and incremental (one article added, three times in a row: the
 * median counts), and a baseline of plain Eleventy (one layout, the same texts as Markdown pages,
 * no extraction) plus Pagefind's CLI on its output. Prints per-stage times, peak memory,
 * `_site/` size and the target ratios, and writes `bench/results.json`. Each build runs in its
 * own process so its memory is its own.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BuildJsonLine } from "./build.ts";
import { sentencePool, syntheticArticles } from "./corpus.ts";
import { watchPeakRss } from "./peak-rss.ts";

const root = process.cwd();

interface Run {
  seconds: number;
  peakRssMb: Record<string, number>;
  stdout: string;
}

async function run(command: string, args: string[], cwd: string): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"] });
  const peaks = watchPeakRss(child.pid!);
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on("close", (exit) => resolve(exit ?? 1)));
  const byName = await peaks.stop();
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
  return {
    seconds: (performance.now() - started) / 1000,
    peakRssMb: Object.fromEntries(Object.entries(byName).map(([name, kb]) => [name, Math.round(kb / 1024)])),
    stdout,
  };
}

/** File count and size of a site, its home page's size and its largest HTML page. */
async function treeSize(dir: string): Promise<{ files: number; mb: number; homeKb: number; largestPage: { file: string; kb: number } }> {
  let files = 0;
  let bytes = 0;
  let largest = { file: "", bytes: 0 };
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    const file = path.join(entry.parentPath, entry.name);
    const size = (await stat(file)).size;
    bytes += size;
    if (entry.name.endsWith(".html") && size > largest.bytes) largest = { file: path.relative(dir, file), bytes: size };
  }
  const kb = (size: number) => Math.round(size / 102.4) / 10;
  const home = (await stat(path.join(dir, "index.html"))).size;
  return { files, mb: Math.round((bytes / 1e6) * 10) / 10, homeKb: kb(home), largestPage: { file: largest.file, kb: kb(largest.bytes) } };
}

const BASELINE_CONFIG = `export default function (eleventyConfig) {
  return { dir: { input: "pages", includes: "_includes", output: "_site" }, markdownTemplateEngine: false };
}
`;
const BASELINE_LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main data-pagefind-body><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>
`;

async function ourBuild(dir: string, label: string): Promise<{ run: Run; stats: BuildJsonLine }> {
  const result = await run(
    process.execPath,
    // The Node options of `npm run build` (package.json).
    ["--expose-gc", "--max-semi-space-size=32", "--import", "tsx", path.join(root, "src/cli/build.ts"), "--articles", path.join(dir, "articles"), "--out", path.join(dir, "_site"), "--work", path.join(dir, "work"), "--json"],
    root,
  );
  const stats = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as BuildJsonLine;
  const shards = `${stats.searchShards.rebuilt.length}/${stats.searchShards.rebuilt.length + stats.searchShards.reused.length}`;
  console.log(`  ${label}: ${result.seconds.toFixed(1)} s, node ${Math.round(stats.maxRssKb / 1024)} MB, pagefind ${pagefindPeak(result.peakRssMb) ?? "?"} MB; ${stats.rendered} pages rendered, ${shards} search shards indexed; stages ${JSON.stringify(stats.times)}`);
  return { run: result, stats };
}

async function benchSize(count: number, pool: string[]) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `timeline-bench-${count}-`));
  const articles = syntheticArticles(count + INCREMENTAL_RUNS, 1, pool);
  await mkdir(path.join(dir, "articles"));
  for (const article of articles.slice(0, count)) await writeFile(path.join(dir, "articles", article.fileName), article.text);
  console.log(`${count} articles in ${dir}`);

  const cold = await ourBuild(dir, "cold");
  const site = await treeSize(path.join(dir, "_site"));
  const warm = await ourBuild(dir, "warm");
  // Each adds one more article to the last build's. The median of these is the one reported:
  // one addition alone can land on either side of the machine's noise (±1 s at 10,000 here), and
  // some additions cost more than others (an article older than a published one with the same
  // headline takes its URL, so two search shards are indexed again).
  const additions = [];
  for (const [i, added] of articles.slice(count).entries()) {
    await writeFile(path.join(dir, "articles", added.fileName), added.text);
    additions.push(await ourBuild(dir, `incremental ${i + 1} of ${INCREMENTAL_RUNS} (+1 article)`));
  }
  const incremental = [...additions].sort((a, b) => a.run.seconds - b.run.seconds)[Math.floor(additions.length / 2)]!;

  // Baseline: the same texts as plain Markdown pages with one layout.
  const baseline = path.join(dir, "baseline");
  await mkdir(path.join(baseline, "pages", "_includes"), { recursive: true });
  await symlink(path.join(root, "node_modules"), path.join(baseline, "node_modules"));
  await writeFile(path.join(baseline, "eleventy.config.mjs"), BASELINE_CONFIG);
  await writeFile(path.join(baseline, "pages", "_includes", "page.njk"), BASELINE_LAYOUT);
  for (const article of articles.slice(0, count)) {
    const [title, ...body] = article.text.split("\n");
    await writeFile(path.join(baseline, "pages", article.fileName.replace(/\.txt$/, ".md")), `---\nlayout: page.njk\ntitle: ${JSON.stringify(title)}\n---\n${body.join("\n")}`);
  }
  const eleventy = await run(process.execPath, [path.join(root, "node_modules/@11ty/eleventy/cmd.cjs"), "--quiet"], baseline);
  const pagefind = await run(path.join(root, "node_modules/.bin/pagefind"), ["--site", "_site"], baseline);
  const baselineSeconds = eleventy.seconds + pagefind.seconds;
  console.log(`  baseline: eleventy ${eleventy.seconds.toFixed(1)} s (${eleventy.peakRssMb.node ?? "?"} MB), pagefind ${pagefind.seconds.toFixed(1)} s (${pagefindPeak(pagefind.peakRssMb) ?? "?"} MB)`);
  await rm(dir, { recursive: true, force: true });

  return {
    articles: count,
    cold: summary(cold),
    warm: summary(warm),
    incremental: summary(incremental),
    incrementalRuns: additions.map(summary),
    site,
    baseline: {
      eleventySeconds: round(eleventy.seconds),
      eleventyPeakRssMb: eleventy.peakRssMb.node ?? null,
      pagefindSeconds: round(pagefind.seconds),
      pagefindPeakRssMb: pagefindPeak(pagefind.peakRssMb),
    },
    ratios: {
      coldOverBaseline: round(cold.run.seconds / baselineSeconds),
      incrementalOverCold: round(incremental.run.seconds / cold.run.seconds),
    },
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** One-article rebuilds per size, one after another; the median is reported. */
const INCREMENTAL_RUNS = 3;

function summary(build: { run: Run; stats: BuildJsonLine }) {
  const { stats } = build;
  return {
    seconds: round(build.run.seconds),
    stagesMs: stats.times,
    changed: stats.changed,
    pagesRendered: stats.rendered,
    searchShardsIndexed: stats.searchShards.rebuilt.length,
    searchShards: stats.searchShards.rebuilt.length + stats.searchShards.reused.length,
    nodePeakRssMb: Math.round(stats.maxRssKb / 1024),
    pagefindPeakRssMb: pagefindPeak(build.run.peakRssMb),
  };
}

/** Pagefind's binary is `pagefind` or `pagefind_extended`, depending on the package. */
function pagefindPeak(peaks: Record<string, number>): number | null {
  const values = Object.entries(peaks).filter(([name]) => name.startsWith("pagefind")).map(([, mb]) => mb);
  return values.length ? Math.max(...values) : null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "1000,10000" } } });
  const sizes = values.articles.split(",").map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error("Usage: npm run bench -- --articles 1000,10000");
  const pool = await sentencePool(root);
  const results = [];
  for (const size of sizes) results.push(await benchSize(size, pool));
  const first = results[0];
  const last = results.at(-1);
  const scaling = first && last && last !== first ? { sizes: [first.articles, last.articles], coldRatio: round(last.cold.seconds / first.cold.seconds) } : null;
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
  console.log(JSON.stringify({ ratios: results.map((result) => ({ articles: result.articles, ...result.ratios })), scaling }, null, 2));
  await mkdir(path.join(root, "bench"), { recursive: true });
  await writeFile(path.join(root, "bench", "results.json"), `${JSON.stringify({ machine, results, scaling }, null, 2)}\n`);
  console.log("Wrote bench/results.json");
}

await main();
