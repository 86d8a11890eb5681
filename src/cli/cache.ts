/**
 * On-disk cache of per-article results (clean + extract + date), so a rebuild processes only new
 * or edited articles. The key covers everything a result depends on: the article (source path,
 * text and front matter), the reference data, and the code of the stages themselves, so editing
 * an alias or the extractor invalidates exactly what it should, with no version to remember.
 *
 * Results are appended to pack files, one per thread that makes them, and found through an
 * index (key → pack and byte span): a build reads a few large files instead of one small file
 * per article (at 10,000 articles, opening and reading the small files alone took a second),
 * and a full build creates a handful of files instead of 10,000. After a build, `prune` drops
 * the results no article of that build used; packs left with none are deleted, and packs mostly
 * unused or many small ones are copied together, so the cache holds about one result per
 * article however often the code or the articles change.
 *
 * A result holds each sentence once (a person, a place and a figure often quote the same one):
 * a third fewer bytes to read and parse on every rebuild, and one string in memory per sentence.
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { ProcessedArticle } from "../entries/index.ts";
import { hashTree } from "../hash-tree.ts";
import { readAt } from "../read-at.ts";
import type { Article, BodyBlock, CleanArticle, Extraction, Figure, Organization, Person, Place } from "../model.ts";

/** Folders (under src/) whose code decides a processed result. */
const STAGE_CODE = ["clean", "extract", "date", "text", "model.ts"];

const INDEX_FILE = "index.json";
const PACK_EXTENSION = ".pack";
/** The index's format; an index of another (or none) is an empty cache. */
const INDEX_FORMAT = 1;
/** A pack not in the index and changed this recently may be another build's, being written. */
const FOREIGN_PACK_GRACE_MS = 10 * 60 * 1000;
/** Packs under this size are copied together once there are more than MAX_SMALL_PACKS of them. */
const SMALL_PACK_BYTES = 8 << 20;
const MAX_SMALL_PACKS = 8;

/** Where a stored result lies: its pack (a file name in the cache folder) and its bytes there. */
export type Span = [pack: string, start: number, end: number];

interface PackIndex {
  format: number;
  results: Record<string, Span>;
}

export class ProcessedStore {
  /** Keys of the results asked for or stored by this build. */
  private readonly used = new Set<string>();
  /** Packs open for reading (file descriptors), until `release`. */
  private readonly open = new Map<string, number>();
  /** Where a result's bytes are read to: one buffer, grown as needed (see `get`). */
  private scratch = Buffer.alloc(0);
  /** Packs this store knows: in the index when opened, or made since; any other may be another build's. */
  private readonly known: Set<string>;
  private changed = false;

  private constructor(
    private readonly dir: string,
    private readonly salt: string,
    /** Key → span of every result stored when the store was opened, or recorded since. */
    private results: Map<string, Span>,
  ) {
    this.known = new Set([...results.values()].map(([pack]) => pack));
  }

  /** `referenceDir` and the stage code under `srcDir` are hashed into every key. */
  static async open(cacheDir: string, srcDir: string, referenceDir: string): Promise<ProcessedStore> {
    const hash = createHash("sha256");
    for (const part of STAGE_CODE) await hashTree(hash, path.join(srcDir, part));
    await hashTree(hash, referenceDir);
    const salt = hash.digest("hex");
    const dir = path.join(cacheDir, "processed");
    await mkdir(dir, { recursive: true });
    return new ProcessedStore(dir, salt, readIndex(path.join(dir, INDEX_FILE)));
  }

  /** The key of `article`'s result: it changes whenever the result may. */
  keyFor(article: Article): string {
    return createHash("sha256").update(this.salt).update("\0").update(article.source).update("\0").update(article.contentHash).digest("hex");
  }

  /**
   * Whether a result for `article` is stored, as far as the index says without reading it.
   * `get` may still miss (a pack torn or removed since).
   */
  has(article: Article): boolean {
    return this.results.has(this.keyFor(article));
  }

  /**
   * The stored result for `article`, or undefined; marks it used by this build. Synchronous: a
   * build reads thousands in a row (see src/map-in-turns.ts). A result that cannot be read is
   * forgotten, to be stored again.
   */
  get(article: Article): ProcessedArticle | undefined {
    const key = this.keyFor(article);
    const span = this.results.get(key);
    if (!span) return undefined;
    this.used.add(key);
    try {
      // The article itself is not stored (see packedResult): it is the one just read.
      return unpackedResult(this.read(span).toString("utf8"), article);
    } catch {
      // A pack cut short by an interrupted build, or removed since: recompute.
      this.results.delete(key);
      this.changed = true;
      return undefined;
    }
  }

  /**
   * A stored result's bytes, valid until the next read. Each is read into the same buffer: the
   * packs of 10,000 results, read whole, were 150 MB allocated outside the heap, for which the
   * garbage collector marked the whole heap more than once.
   */
  private read([pack, start, end]: Span): Buffer {
    let fd = this.open.get(pack);
    if (fd === undefined) this.open.set(pack, (fd = openSync(path.join(this.dir, pack), "r")));
    if (this.scratch.length < end - start) this.scratch = Buffer.allocUnsafe(Math.max(end - start, 2 * this.scratch.length));
    const bytes = this.scratch.subarray(0, end - start);
    if (!readAt(fd, bytes, start)) throw new Error(`${pack} is cut short`);
    return bytes;
  }

  /** Closes the packs read so far (a build keeps them open while it reads its results). */
  release(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }

  /** A new pack, for one thread to append the results it makes to (PackWriter). */
  newPack(): string {
    const name = `${Date.now().toString(36)}-${process.pid}-${threadId}-${this.known.size}${PACK_EXTENSION}`;
    this.known.add(name);
    return path.join(this.dir, name);
  }

  /** Records where `article`'s result was stored (a span of a pack from `newPack`). */
  record(article: Article, [pack, start, end]: Span): void {
    const key = this.keyFor(article);
    this.used.add(key);
    this.results.set(key, [path.basename(pack), start, end]);
    this.changed = true;
  }

  /** Stores one result (in a pack of its own: for a few results only; a build uses PackWriter). */
  async set(article: Article, processed: ProcessedArticle): Promise<void> {
    const writer = new PackWriter(this.newPack());
    try {
      this.record(article, writer.append(processed));
    } finally {
      writer.close();
    }
    await this.save();
  }

  /**
   * Writes the index of every result recorded, if any was since the last save: a build saves
   * once its articles are processed, so that a failure later on loses none of them.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const file = path.join(this.dir, INDEX_FILE);
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    const index: PackIndex = { format: INDEX_FORMAT, results: Object.fromEntries(this.results) };
    writeFileSync(temporary, JSON.stringify(index));
    renameSync(temporary, file);
    this.changed = false;
  }

  /**
   * Drops every stored result this build did not use, and returns how many. Packs left without
   * results are deleted; packs mostly unused, or many small ones, are copied into one.
   */
  async prune(): Promise<number> {
    const before = this.results.size;
    this.results = new Map([...this.results].filter(([key]) => this.used.has(key)));
    if (this.results.size !== before) this.changed = true;
    const liveBytes = new Map<string, number>();
    for (const [pack, start, end] of this.results.values()) liveBytes.set(pack, (liveBytes.get(pack) ?? 0) + end - start);
    const names = await readdir(this.dir);
    // Another build may remove files meanwhile: a file gone is skipped, never an error.
    const sizes = new Map<string, number>();
    for (const name of names) {
      if (!name.endsWith(PACK_EXTENSION) || !liveBytes.has(name)) continue;
      const size = statSync(path.join(this.dir, name), { throwIfNoEntry: false })?.size;
      if (size !== undefined) sizes.set(name, size);
    }
    const packs = [...sizes.keys()];
    const sparse = packs.filter((name) => liveBytes.get(name)! * 2 < sizes.get(name)!);
    const small = packs.filter((name) => sizes.get(name)! < SMALL_PACK_BYTES && !sparse.includes(name));
    const copied = new Set([...sparse, ...(small.length > MAX_SMALL_PACKS ? small : [])]);
    if (copied.size > 1 || sparse.length > 0) this.copyTogether(copied);
    await this.save();
    const referenced = new Set([...this.results.values()].map(([pack]) => pack));
    const now = Date.now();
    for (const name of names) {
      if (referenced.has(name) || name === INDEX_FILE || name.endsWith(".tmp")) continue;
      // Another build's pack, being written, is not in this index yet: left while it may be.
      const file = path.join(this.dir, name);
      const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (name.endsWith(PACK_EXTENSION) && !this.known.has(name) && now - modified < FOREIGN_PACK_GRACE_MS) continue;
      // Also removes the one-file-per-result layout of earlier versions.
      rmSync(file, { force: true, recursive: true });
    }
    this.release();
    return before - this.results.size;
  }

  /** Copies the results held in `packs` into a new pack (the old ones are then unreferenced). */
  private copyTogether(packs: ReadonlySet<string>): void {
    const writer = new PackWriter(this.newPack());
    try {
      for (const [key, span] of this.results) {
        if (!packs.has(span[0])) continue;
        let bytes: Buffer;
        try {
          bytes = this.read(span);
        } catch {
          this.results.delete(key); // cut short or gone: made again when next needed
          continue;
        }
        this.results.set(key, [path.basename(writer.file), ...writer.appendBytes(bytes)]);
      }
    } finally {
      writer.close();
    }
    this.changed = true;
  }
}

/** The index, or none when missing, torn or of another format. */
function readIndex(file: string): Map<string, Span> {
  try {
    const index = JSON.parse(readFileSync(file, "utf8")) as PackIndex;
    if (index.format !== INDEX_FORMAT) return new Map();
    return new Map(Object.entries(index.results));
  } catch {
    return new Map();
  }
}

/**
 * Appends results to a pack from ProcessedStore.newPack: worker threads store the results they
 * make, and report each one's span for the store to record. Synchronous writes: a thread writes
 * while it has nothing else to do.
 */
export class PackWriter {
  private readonly fd: number;
  private size: number;

  constructor(readonly file: string) {
    this.fd = openSync(file, "a");
    this.size = fstatSync(this.fd).size;
  }

  /** Stores `processed`, or its `packedResult`; returns its span. */
  append(processed: ProcessedArticle | string): Span {
    const text = typeof processed === "string" ? processed : packedResult(processed);
    const [start, end] = this.appendBytes(Buffer.from(text));
    return [this.file, start, end];
  }

  appendBytes(bytes: Uint8Array): [start: number, end: number] {
    const start = this.size;
    for (let written = 0; written < bytes.length; ) written += writeSync(this.fd, bytes, written);
    this.size += bytes.length;
    return [start, this.size];
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** A sentence by its place in the stored result's list of sentences. */
type Quoting<T> = Omit<T, "sentences"> & { sentences: number[] };

/**
 * A sentence as where it lies in the body, `[block, start, end]`, when it is there word for word
 * (nearly all are): a third less text to store and parse, and, read back, a slice of the body's
 * text rather than a copy. Else its text.
 */
type StoredSentence = string | [block: number, start: number, end: number];

/** What a pack holds of a result: the result without its article, each sentence once in `sentences`. */
interface StoredResult extends Omit<ProcessedArticle, "clean" | "extraction"> {
  clean: Omit<CleanArticle, "article">;
  extraction: Omit<Extraction, "people" | "places" | "organizations" | "figures"> & {
    people: Quoting<Person>[];
    places: Quoting<Place>[];
    organizations: Quoting<Organization>[];
    figures: (Omit<Figure, "sentence"> & { sentence: number })[];
  };
  sentences: StoredSentence[];
}

/**
 * A result as text, as a pack stores it and a worker thread sends it (src/cli/parallel.ts): the
 * article it was made from is left out (a sixth of the bytes), as whoever unpacks the result has
 * it; each sentence is stored once, where the body has it word for word.
 */
export function packedResult(processed: ProcessedArticle): string {
  return JSON.stringify(packResult(processed));
}

/** The result `packedResult` made from `article`. Throws on text that is not one. */
export function unpackedResult(text: string, article: Article): ProcessedArticle {
  return unpackResult(JSON.parse(text) as StoredResult, article);
}

function packResult({ clean, extraction, ...rest }: ProcessedArticle): StoredResult {
  const sentences: string[] = [];
  const indexOf = new Map<string, number>();
  const index = (sentence: string): number => {
    let found = indexOf.get(sentence);
    if (found === undefined) indexOf.set(sentence, (found = sentences.push(sentence) - 1));
    return found;
  };
  const quoting = <T extends { sentences: string[] }>(item: T): Quoting<T> => ({ ...item, sentences: item.sentences.map(index) });
  const { article: _article, ...storedClean } = clean;
  // First the items, which fill `sentences` as they quote them.
  const storedExtraction: StoredResult["extraction"] = {
    ...extraction,
    people: extraction.people.map(quoting),
    places: extraction.places.map(quoting),
    organizations: extraction.organizations.map(quoting),
    figures: extraction.figures.map((figure) => ({ ...figure, sentence: index(figure.sentence) })),
  };
  return { ...rest, clean: storedClean, extraction: storedExtraction, sentences: sentences.map((sentence) => placeInBody(sentence, clean.body)) };
}

function placeInBody(sentence: string, body: readonly BodyBlock[]): StoredSentence {
  for (let block = 0; block < body.length; block++) {
    const start = body[block]!.text.indexOf(sentence);
    if (start !== -1) return [block, start, start + sentence.length];
  }
  return sentence;
}

/**
 * The result, made of the objects just parsed, each person, place, organisation and figure
 * given its sentences in place: a build unpacks 10,000 results in a row, and copies of them
 * would be garbage at once.
 */
function unpackResult({ clean, extraction, sentences: stored, ...rest }: StoredResult, article: Article): ProcessedArticle {
  const sentences = stored.map((sentence) => (typeof sentence === "string" ? sentence : clean.body[sentence[0]]!.text.slice(sentence[1], sentence[2])));
  const quoted = <T extends { sentences: number[] }>(item: T) => withFields(item, { sentences: item.sentences.map((at) => sentences[at]!) });
  return {
    ...rest,
    clean: withFields(clean, { article }),
    extraction: {
      ...extraction,
      people: extraction.people.map(quoted),
      places: extraction.places.map(quoted),
      organizations: extraction.organizations.map(quoted),
      figures: extraction.figures.map((figure) => withFields(figure, { sentence: sentences[figure.sentence]! })),
    },
  };
}

/** `target` itself, with `fields` set on it (replacing those of other types): `{ ...target, ...fields }` without the copy. */
function withFields<T extends object, F extends object>(target: T, fields: F): Omit<T, keyof F> & F {
  return Object.assign(target, fields) as unknown as Omit<T, keyof F> & F;
}
