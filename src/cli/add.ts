/**
 * `npm run add -- FILE` (or the text on standard input): checks an article, copies it into
 * `content/articles/` under a clean file name (never over another file), and shows what the
 * build will make of it, without building the site. An invalid article is reported, nothing is
 * copied, and the exit code is 1.
 */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildEntries } from "../entries/index.ts";
import type { Article } from "../model.ts";
import { ARTICLE_EXTENSIONS } from "../read/discover.ts";
import { formatProblem, InputError, parseArticle, toProjectPath } from "../read/index.ts";
import { slugify } from "../text/slug.ts";
import { loadReferences } from "./references.ts";
import { displayPath, pathsFromFlags, type ProjectPaths } from "./paths.ts";
import { describeEntry, warningsFor } from "./preview.ts";
import { processArticle } from "./process.ts";

export interface AddResult {
  /** Where the article was saved, or null when an identical file was already there. */
  saved: string | null;
  /** The identical file already in the articles folder, when there is one. */
  identicalTo: string | null;
  preview: string;
  warnings: string[];
}

/** An article that cannot be added; the message says why and how to fix it. */
export class AddError extends Error {}

/**
 * Validates `bytes` and saves them in the articles folder. `name` is the original file name, or
 * null for standard input; `label` names the input in error messages.
 */
export async function addArticle(paths: ProjectPaths, bytes: Uint8Array, name: string | null, label = name ?? "standard input"): Promise<AddResult> {
  const parsed = parseArticle(bytes, label);
  if (Array.isArray(parsed)) throw new AddError(parsed.map(formatProblem).join("\n"));

  const identical = await findIdentical(paths.articles, bytes);
  const extension = name && ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase()) ? path.extname(name).toLowerCase() : ".txt";
  const target = identical ?? (await freeName(paths.articles, stemFor(name, parsed), extension));
  // Previewed as the build will see it: under its path in the articles folder.
  const article: Article = { ...parsed, source: toProjectPath(target, paths.root), fileName: path.basename(target) };
  const [entry] = buildEntries([processArticle(article, loadReferences(paths))]);
  if (!entry) throw new AddError(`${label}: nothing to add`);

  if (identical === null) await writeFile(target, bytes, { flag: "wx" }); // wx: never over a file that appeared meanwhile
  return {
    saved: identical === null ? displayPath(paths, target) : null,
    identicalTo: identical === null ? null : displayPath(paths, identical),
    preview: describeEntry(entry),
    warnings: warningsFor(entry),
  };
}

/** The file name to save under: the original name cleaned, or for standard input the title. */
function stemFor(name: string | null, article: Article): string {
  const source = name ? path.basename(name, path.extname(name)) : (article.frontMatter.title ?? article.text.trim().split("\n", 1)[0] ?? "");
  return slugify(source) || "article";
}

/** `stem.txt`, else `stem-2.txt`, … : the first name not taken in the folder. */
async function freeName(folder: string, stem: string, extension: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const candidate = path.join(folder, `${stem}${attempt === 1 ? "" : `-${attempt}`}${extension}`);
    if (!(await stat(candidate).catch(() => null))) return candidate;
  }
}

/** A file in the folder (or below it) with exactly these bytes, or null. */
async function findIdentical(folder: string, bytes: Uint8Array): Promise<string | null> {
  const found = await readdir(folder, { withFileTypes: true, recursive: true });
  for (const dirent of found) {
    if (!dirent.isFile()) continue;
    const file = path.join(dirent.parentPath, dirent.name);
    // Sizes first: only a file of the same size can be the same.
    if ((await stat(file)).size !== bytes.byteLength) continue;
    if (Buffer.compare(await readFile(file), Buffer.from(bytes)) === 0) return file;
  }
  return null;
}

async function readStandardInput(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const USAGE = "Usage: npm run add -- path/to/article.txt [--articles DIR]   (or: cat article.txt | npm run add)";

async function main(): Promise<void> {
  try {
    let args;
    try {
      args = parseArgs({ options: { articles: { type: "string" } }, allowPositionals: true });
    } catch (error) {
      throw new AddError(`${(error as Error).message}\n${USAGE}`);
    }
    const [file, ...extra] = args.positionals;
    if (extra.length > 0) throw new AddError(`one article at a time, got ${args.positionals.length} files\n${USAGE}`);
    if (!file && process.stdin.isTTY) throw new AddError(USAGE);
    const paths = pathsFromFlags(process.cwd(), args.values);
    await stat(paths.articles).catch(() => {
      throw new AddError(`the articles folder ${paths.articles} does not exist`);
    });
    const bytes = file
      ? await readFile(file).catch(() => {
          throw new AddError(`${file}: no such file\n${USAGE}`);
        })
      : await readStandardInput();
    const result = await addArticle(paths, bytes, file ? path.basename(file) : null, file);
    console.log(result.saved ? `Added ${result.saved}` : `Not copied: ${result.identicalTo} is already this exact file.`);
    console.log(`\n${result.preview}`);
    if (result.warnings.length) console.log(`\nWorth a look:\n${result.warnings.map((warning) => `  - ${warning}`).join("\n")}`);
    console.log("\nRun `npm run build` to publish it (or keep `npm run dev` running).");
  } catch (error) {
    const forEditor = error instanceof AddError || error instanceof InputError;
    console.error(forEditor ? `Not added:\n${(error as Error).message}` : ((error as Error).stack ?? String(error)));
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
