/**
 * `npm run add -- FILE` (or the text on standard input): checks an article, copies it into
 * `content/articles/` under a clean file name (never over another file), and shows what the
 * build will make of it, without building the site.
 */
import { readFile, writeFile, access } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildEntries } from "../entries/index.ts";
import { formatProblem, parseArticle } from "../read/index.ts";
import { slugify } from "../text/slug.ts";
import { loadReferences } from "./build.ts";
import { projectPaths, type ProjectPaths } from "./paths.ts";
import { describeEntry, warningsFor } from "./preview.ts";
import { processArticle } from "./process.ts";

export interface AddResult {
  /** Project-relative path the article was saved as, or null when it was already there. */
  saved: string | null;
  preview: string;
  warnings: string[];
}

export class AddError extends Error {}

/** Validates and saves `bytes`; `name` is the original file name (or null for standard input). */
export async function addArticle(paths: ProjectPaths, bytes: Uint8Array, name: string | null): Promise<AddResult> {
  const extension = name && path.extname(name).toLowerCase() === ".md" ? ".md" : ".txt";
  const label = name ?? "standard input";
  const parsed = parseArticle(bytes, label);
  if (Array.isArray(parsed)) throw new AddError(parsed.map(formatProblem).join("\n"));
  const processed = processArticle(parsed, loadReferences(paths));
  const [entry] = buildEntries([processed]);
  if (!entry) throw new AddError(`${label}: nothing to add`);

  const stem = slugify(name ? path.basename(name, path.extname(name)) : entry.title) || "article";
  const saved = await saveWithoutOverwriting(paths, stem, extension, bytes);
  return { saved, preview: describeEntry(entry), warnings: warningsFor(entry) };
}

/** `stem.txt`, else `stem-2.txt`, …; returns null when an identical file is already there. */
async function saveWithoutOverwriting(paths: ProjectPaths, stem: string, extension: string, bytes: Uint8Array): Promise<string | null> {
  for (let attempt = 1; ; attempt++) {
    const fileName = `${stem}${attempt === 1 ? "" : `-${attempt}`}${extension}`;
    const target = path.join(paths.articles, fileName);
    const existing = await readFile(target).catch(() => null);
    if (existing === null) {
      await writeFile(target, bytes, { flag: "wx" });
      return path.relative(paths.root, target).split(path.sep).join("/");
    }
    if (Buffer.compare(existing, Buffer.from(bytes)) === 0) return null;
  }
}

async function readStandardInput(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const paths = projectPaths(process.cwd());
  try {
    if (file) await access(file).catch(() => { throw new AddError(`${file}: no such file. Usage: npm run add -- path/to/article.txt (or pipe the text in)`); });
    if (!file && process.stdin.isTTY) throw new AddError("Usage: npm run add -- path/to/article.txt   (or: cat article.txt | npm run add)");
    const bytes = file ? await readFile(file) : await readStandardInput();
    const result = await addArticle(paths, bytes, file ? path.basename(file) : null);
    console.log(result.saved ? `Added ${result.saved}` : "This article is already in content/articles/ (identical file); nothing copied.");
    console.log(`\n${result.preview}`);
    if (result.warnings.length) console.log(`\nWorth a look:\n${result.warnings.map((warning) => `  - ${warning}`).join("\n")}`);
    console.log("\nRun `npm run build` to publish it (or keep `npm run dev` running).");
  } catch (error) {
    console.error(error instanceof AddError ? `Not added:\n${error.message}` : (error as Error).stack);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
