/**
 * On-disk cache of per-article results (clean + extract + date), so a rebuild processes only new
 * or edited articles. The key covers everything a result depends on: the article (source path,
 * text and front matter), the reference data, and the code of the stages themselves, so editing
 * an alias or the extractor invalidates exactly what it should, with no version to remember.
 * After a build, `prune` removes the results no article of that build used, so the cache holds
 * one result per article however often the code or the articles change.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { ProcessedArticle } from "../entries/index.ts";
import { hashTree } from "../hash-tree.ts";
import type { Article } from "../model.ts";

/** Folders (under src/) whose code decides a processed result. */
const STAGE_CODE = ["clean", "extract", "date", "text", "model.ts"];

export class ProcessedStore {
  /** Files asked for or written by this build. */
  private readonly used = new Set<string>();

  private constructor(
    private readonly dir: string,
    private readonly salt: string,
  ) {}

  /** `referenceDir` and the stage code under `srcDir` are hashed into every key. */
  static async open(cacheDir: string, srcDir: string, referenceDir: string): Promise<ProcessedStore> {
    const hash = createHash("sha256");
    for (const part of STAGE_CODE) await hashTree(hash, path.join(srcDir, part));
    await hashTree(hash, referenceDir);
    const salt = hash.digest("hex");
    const dir = path.join(cacheDir, "processed");
    await mkdir(dir, { recursive: true });
    return new ProcessedStore(dir, salt);
  }

  /** The key of `article`'s result: it changes whenever the result may. */
  keyFor(article: Article): string {
    return createHash("sha256").update(this.salt).update("\0").update(article.source).update("\0").update(article.contentHash).digest("hex");
  }

  /** Where the result for `article` is kept; marks it used by this build. */
  pathFor(article: Article): string {
    const key = this.keyFor(article);
    this.used.add(`${key}.json`);
    return path.join(this.dir, `${key}.json`);
  }

  async get(article: Article): Promise<ProcessedArticle | undefined> {
    const text = await readFile(this.pathFor(article), "utf8").catch(() => undefined);
    if (text === undefined) return undefined;
    let stored: ProcessedArticle;
    try {
      stored = JSON.parse(text) as ProcessedArticle;
    } catch {
      return undefined; // a torn write from an interrupted build: recompute
    }
    // The article itself is not stored (see writeProcessed): it is the one just read.
    return { ...stored, clean: { ...stored.clean, article } };
  }

  async set(article: Article, processed: ProcessedArticle): Promise<void> {
    await writeProcessed(this.pathFor(article), processed);
  }

  /** Removes every stored result this build did not use; returns how many. */
  async prune(): Promise<number> {
    // Only finished results: another process may be writing a `.tmp` file right now.
    const stale = (await readdir(this.dir)).filter((name) => name.endsWith(".json") && !this.used.has(name));
    for (const name of stale) await rm(path.join(this.dir, name), { force: true });
    return stale.length;
  }
}

/**
 * Stores a result at a path from `pathFor`: written whole, then renamed into place, so a reader
 * never sees half a file. Worker threads call this for the results they make. The article the
 * result was made from is left out (a sixth of the bytes): whoever asks for the result has it.
 */
export async function writeProcessed(file: string, processed: ProcessedArticle): Promise<void> {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  await writeFile(temporary, JSON.stringify({ ...processed, clean: { ...processed.clean, article: undefined } }));
  await rename(temporary, file);
}
