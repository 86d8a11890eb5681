/**
 * On-disk cache of per-article results (clean + extract + date), so a rebuild processes only new
 * or edited articles. The key covers everything a result depends on: the article (source path,
 * text and front matter), the reference data, and the code of the stages themselves, so editing
 * an alias or the extractor invalidates exactly what it should, with no version to remember.
 * After a build, `prune` removes the results no article of that build used, so the cache holds
 * one result per article however often the code or the articles change.
 *
 * A file holds each sentence once (a person, a place and a figure often quote the same one):
 * a third fewer bytes to read and parse on every rebuild, and one string in memory per sentence.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { ProcessedArticle } from "../entries/index.ts";
import { hashTree } from "../hash-tree.ts";
import type { Article, CleanArticle, Extraction, Figure, Organization, Person, Place } from "../model.ts";

/** Folders (under src/) whose code decides a processed result. */
const STAGE_CODE = ["clean", "extract", "date", "text", "model.ts"];

export class ProcessedStore {
  /** Files asked for or written by this build. */
  private readonly used = new Set<string>();

  private constructor(
    private readonly dir: string,
    private readonly salt: string,
    /** The files of the results stored when the store was opened, or handed out since to store one in. */
    private readonly known: Set<string>,
  ) {}

  /** `referenceDir` and the stage code under `srcDir` are hashed into every key. */
  static async open(cacheDir: string, srcDir: string, referenceDir: string): Promise<ProcessedStore> {
    const hash = createHash("sha256");
    for (const part of STAGE_CODE) await hashTree(hash, path.join(srcDir, part));
    await hashTree(hash, referenceDir);
    const salt = hash.digest("hex");
    const dir = path.join(cacheDir, "processed");
    await mkdir(dir, { recursive: true });
    return new ProcessedStore(dir, salt, new Set(await readdir(dir)));
  }

  /** The key of `article`'s result: it changes whenever the result may. */
  keyFor(article: Article): string {
    return createHash("sha256").update(this.salt).update("\0").update(article.source).update("\0").update(article.contentHash).digest("hex");
  }

  /** Where the result for `article` is kept; marks it used by this build. */
  pathFor(article: Article): string {
    const key = this.keyFor(article);
    this.used.add(`${key}.json`);
    this.known.add(`${key}.json`);
    return path.join(this.dir, `${key}.json`);
  }

  /**
   * Whether a result for `article` is stored, as far as this store knows without reading it:
   * one was when the store was opened, or its file was handed out since (`pathFor`). `get` may
   * still miss (a torn or unfinished write).
   */
  has(article: Article): boolean {
    return this.known.has(`${this.keyFor(article)}.json`);
  }

  /** Synchronous: a build reads thousands of these small files (see src/map-in-turns.ts). */
  get(article: Article): ProcessedArticle | undefined {
    let stored: StoredResult;
    try {
      stored = JSON.parse(readFileSync(this.pathFor(article), "utf8")) as StoredResult;
    } catch {
      return undefined; // none stored, or a torn write from an interrupted build: recompute
    }
    // The article itself is not stored (see writeProcessed): it is the one just read.
    return unpack(stored, article);
  }

  async set(article: Article, processed: ProcessedArticle): Promise<void> {
    writeProcessed(this.pathFor(article), processed);
  }

  /** Removes every stored result this build did not use; returns how many. */
  async prune(): Promise<number> {
    // Only finished results: another process may be writing a `.tmp` file right now.
    const stale = (await readdir(this.dir)).filter((name) => name.endsWith(".json") && !this.used.has(name));
    for (const name of stale) rmSync(path.join(this.dir, name), { force: true });
    return stale.length;
  }
}

/**
 * Stores a result at a path from `pathFor`: written whole, then renamed into place, so a reader
 * never sees half a file. Worker threads call this for the results they make. The article the
 * result was made from is left out (a sixth of the bytes): whoever asks for the result has it.
 * Synchronous: thousands of files created one by one cost a fraction of what the same writes
 * cost through the thread pool, whose concurrent creations in one folder contend in the kernel.
 */
export function writeProcessed(file: string, processed: ProcessedArticle): void {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, JSON.stringify(pack(processed)));
  renameSync(temporary, file);
}

/** A sentence by its place in the file's list of sentences. */
type Quoting<T> = Omit<T, "sentences"> & { sentences: number[] };

/** What a cache file holds: a result without its article, each sentence once in `sentences`. */
interface StoredResult extends Omit<ProcessedArticle, "clean" | "extraction"> {
  clean: Omit<CleanArticle, "article">;
  extraction: Omit<Extraction, "people" | "places" | "organizations" | "figures"> & {
    people: Quoting<Person>[];
    places: Quoting<Place>[];
    organizations: Quoting<Organization>[];
    figures: (Omit<Figure, "sentence"> & { sentence: number })[];
  };
  sentences: string[];
}

function pack({ clean, extraction, ...rest }: ProcessedArticle): StoredResult {
  const sentences: string[] = [];
  const indexOf = new Map<string, number>();
  const index = (sentence: string): number => {
    let found = indexOf.get(sentence);
    if (found === undefined) indexOf.set(sentence, (found = sentences.push(sentence) - 1));
    return found;
  };
  const quoting = <T extends { sentences: string[] }>(item: T): Quoting<T> => ({ ...item, sentences: item.sentences.map(index) });
  const { article: _article, ...storedClean } = clean;
  return {
    ...rest,
    clean: storedClean,
    extraction: {
      ...extraction,
      people: extraction.people.map(quoting),
      places: extraction.places.map(quoting),
      organizations: extraction.organizations.map(quoting),
      figures: extraction.figures.map((figure) => ({ ...figure, sentence: index(figure.sentence) })),
    },
    sentences,
  };
}

function unpack({ clean, extraction, sentences, ...rest }: StoredResult, article: Article): ProcessedArticle {
  const quoted = <T extends { sentences: number[] }>(item: T) => ({ ...item, sentences: item.sentences.map((at) => sentences[at]!) });
  return {
    ...rest,
    clean: { ...clean, article },
    extraction: {
      ...extraction,
      people: extraction.people.map(quoted),
      places: extraction.places.map(quoted),
      organizations: extraction.organizations.map(quoted),
      figures: extraction.figures.map((figure) => ({ ...figure, sentence: sentences[figure.sentence]! })),
    },
  };
}
