/**
 * `npm run corpus -- --articles N --out DIR [--seed S]`: N realistic synthetic articles for
 * benchmarks, deterministic from the seed. Sentences come from the project's own articles,
 * recombined, with names, places, numbers, weekdays and datelines varied.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { cleanArticle } from "../clean/index.ts";
import { discoverArticles, parseArticle } from "../read/index.ts";
import { splitSentences } from "../text/sentences.ts";

const FIRST = ["Amira", "David", "Lena", "Omar", "Sofia", "Yossi", "Maria", "Hassan", "Claire", "Tomas", "Noa", "Karim", "Irene", "Samuel", "Dana", "Farid"];
const LAST = ["Haddad", "Cohen", "Novak", "Rahman", "Moreau", "Levi", "Santos", "Khalil", "Berger", "Ortiz", "Mizrahi", "Nasser", "Lindqvist", "Okafor", "Petrov", "Weiss"];
const PLACES: [string, string][] = [["Doha", "Qatar"], ["Cairo", "Egypt"], ["Paris", "France"], ["Geneva", "Switzerland"], ["Amman", "Jordan"], ["Istanbul", "Turkey"], ["Berlin", "Germany"], ["Oslo", "Norway"], ["Nairobi", "Kenya"], ["Madrid", "Spain"]];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** mulberry32: small, fast, and the same sequence on every machine. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticArticle {
  fileName: string;
  text: string;
}

/** Pure: the n-th corpus article from the sentence pool. */
export function syntheticArticles(count: number, seed: number, sentences: readonly string[]): SyntheticArticle[] {
  const random = randomFrom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const articles: SyntheticArticle[] = [];
  const width = String(count).length;
  for (let index = 0; index < count; index++) {
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000);
    const [city, country] = pick(PLACES);
    const people = [`${pick(FIRST)} ${pick(LAST)}`, `${pick(FIRST)} ${pick(LAST)}`];
    // Counts vary; years, days of the month (after a month name) and spans of time ("Israel's
    // 75-year history", "15 months of war", which date the text) stay as they are.
    const vary = (sentence: string) =>
      sentence
        .replace(/(?<![A-Z][a-z]{2,8}\.? )\b(?!(?:19|20)\d{2}\b)(?:\d{1,3}(?:,\d{3})+|\d+)\b(?![-\s](?:years?|months?|weeks?|days?)\b)/g, (digits) =>
          Math.max(1, Math.round(Number(digits.replace(/,/g, "")) * (0.5 + random()))).toLocaleString("en-US"),
        )
        .replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => pick(WEEKDAYS));
    const paragraphs: string[] = [];
    const length = 8 + Math.floor(random() * 12);
    for (let p = 0; p < length; p++) paragraphs.push([vary(pick(sentences)), vary(pick(sentences))].join(" "));
    const dateline = `${city.toUpperCase()}, ${country}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()} —`;
    paragraphs[0] = random() < 0.5 ? `${dateline} ${paragraphs[0]}` : `${people[0]} said on ${pick(WEEKDAYS)} that ${paragraphs[0]!.charAt(0).toLowerCase()}${paragraphs[0]!.slice(1)}`;
    const headline = `${people[0]} meets officials in ${city} as talks ${pick(["resume", "stall", "continue", "falter", "advance"])}`;
    articles.push({
      fileName: `synthetic-${String(index + 1).padStart(width, "0")}.txt`,
      text: `${headline}\n\n${paragraphs.join("\n\n")}\n\n${pick(FIRST)} ${pick(LAST)} contributed reporting.\n`,
    });
  }
  return articles;
}

/** Body sentences of the project's own articles: the raw material of the corpus. */
export async function sentencePool(projectRoot: string): Promise<string[]> {
  const { articles } = await discoverArticles(path.join(projectRoot, "content", "articles"), projectRoot);
  const pool: string[] = [];
  for (const file of articles) {
    const article = parseArticle(await readFile(file), file);
    if (Array.isArray(article)) continue;
    for (const block of cleanArticle(article).body) if (block.kind === "paragraph") pool.push(...splitSentences(block.text).filter((s) => s.length > 40));
  }
  if (pool.length === 0) throw new Error("content/articles/ has no sentences to build a corpus from");
  return pool;
}

export async function writeCorpus(projectRoot: string, count: number, outDir: string, seed = 1): Promise<number> {
  await mkdir(outDir, { recursive: true });
  const articles = syntheticArticles(count, seed, await sentencePool(projectRoot));
  for (const article of articles) await writeFile(path.join(outDir, article.fileName), article.text);
  return articles.length;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: "string" }, out: { type: "string" }, seed: { type: "string", default: "1" } } });
  const count = Number(values.articles);
  if (!Number.isInteger(count) || count < 1 || !values.out) {
    console.error("Usage: npm run corpus -- --articles N --out DIR [--seed S]");
    process.exitCode = 1;
    return;
  }
  const written = await writeCorpus(process.cwd(), count, path.resolve(values.out), Number(values.seed));
  console.log(`Wrote ${written} synthetic articles to ${values.out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
