/**
 * Large JSON documents written a piece at a time. The text is exactly what
 * `JSON.stringify(document, null, 2)` gives, plus a final newline, but the items of a top-level
 * list are serialised one by one (a list may be any iterable, even a lazy one), so a 90 MB
 * document is never one string.
 *
 * One list of a document may reuse its items' text from the file the previous build wrote:
 * given each item's id and key (a hash that changes whenever the item may), an item whose key is
 * the one the previous file's index records is copied from there instead of serialised again.
 * The writer returns the new file's index for the next time.
 */
import { closeSync, fstatSync, openSync } from "node:fs";
import { open } from "node:fs/promises";
import { readAt } from "./read-at.ts";

/** A JSON object's fields, in order; a field holding an iterable other than a string is a list. */
export type JsonFields = Record<string, unknown>;

/** Where each keyed item of a written list lies in the file (bytes), and the key it was made from. */
export interface ListIndex {
  /** The file's size: a file of another size is not the one indexed. */
  size: number;
  /**
   * The written file's modification time (ms) and inode, as `stat` gives them: a file changed or
   * replaced since (a hand edit that kept the size) is not the one indexed either. Renaming the
   * file into place keeps both.
   */
  modified?: number;
  inode?: number;
  items: Record<string, [key: string, start: number, end: number]>;
}

export interface ListReuse {
  /** The top-level field holding the list. */
  field: string;
  /** An item's id, and its key if it has one (an item without a key is always serialised). */
  identify: (item: unknown) => { id: string; key: string | undefined };
  /** What to serialise of an item that is not copied (the item itself by default): made only when needed. */
  toJson?: (item: unknown) => unknown;
  /** The previous file and its index; its text is reused as is, so it must come from the same code. */
  previous?: { file: string; index: ListIndex };
}

/** `identify` for items with an `id`, keyed by `keys` (id → key). */
export function identifiedBy(keys: ReadonlyMap<string, string>): ListReuse["identify"] {
  return (item) => {
    const { id } = item as { id: string };
    return { id, key: keys.get(id) };
  };
}

/** A piece of the text, or the span of the previous file to copy; a list item's piece says which item it is. */
interface Piece {
  text: string | [start: number, end: number];
  item?: { id: string; key: string | undefined };
}

/** The document's text in pieces. */
export function* jsonPieces(fields: JsonFields): Generator<string> {
  for (const piece of documentPieces(fields)) yield piece.text as string;
}

/** Bytes gathered before each write, in one buffer used over and over. */
const WRITE_CHUNK = 1 << 20;

/**
 * Writes the document to `file` a chunk at a time; returns the index of the reusable list (empty
 * without one). The text goes through one buffer, and copied items are read from the previous
 * file straight into it: a rebuild copies some 150 MB this way, and allocating it as buffers
 * instead made the garbage collector mark the whole heap of a large build, for half a second.
 */
export async function writeJsonFile(file: string, fields: JsonFields, reuse?: ListReuse): Promise<ListIndex> {
  const previous = reuse?.previous && openIndexed(reuse.previous.file, reuse.previous.index);
  const index: ListIndex = { size: 0, items: {} };
  const handle = await open(file, "w");
  const chunk = Buffer.allocUnsafe(WRITE_CHUNK);
  let used = 0;
  const flush = async () => {
    if (used > 0) await handle.write(chunk, 0, used);
    used = 0;
  };
  try {
    for (const piece of documentPieces(fields, reuse, previous?.index)) {
      const length = typeof piece.text === "string" ? Buffer.byteLength(piece.text) : piece.text[1] - piece.text[0];
      if (piece.item?.key !== undefined) index.items[piece.item.id] = [piece.item.key, index.size, index.size + length];
      index.size += length;
      if (used + length > WRITE_CHUNK) await flush();
      if (typeof piece.text === "string") {
        if (length > WRITE_CHUNK) await handle.write(piece.text);
        else used += chunk.write(piece.text, used);
        continue;
      }
      const [start, end] = piece.text;
      const target = length > WRITE_CHUNK ? Buffer.allocUnsafe(length) : chunk.subarray(used, used + length);
      if (!readAt(previous!.fd, target, start)) throw new Error(`${previous!.file} was cut short while ${file} was being written from it; run the build again`);
      if (length > WRITE_CHUNK) await handle.write(target);
      else used += length;
    }
    await flush();
    const written = await handle.stat();
    index.modified = written.mtimeMs;
    index.inode = written.ino;
  } finally {
    await handle.close();
    if (previous) closeSync(previous.fd);
  }
  return index;
}

/** The previous file, open for reading, if it is still the one its index describes. */
interface IndexedFile {
  file: string;
  fd: number;
  index: ListIndex;
}

/**
 * The previous file, if it is still the one its index describes (same size, modification time
 * and inode: the checks `make` and `git` trust too).
 */
function openIndexed(file: string, index: ListIndex): IndexedFile | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  const found = fstatSync(fd);
  if (found.size !== index.size || found.mtimeMs !== index.modified || found.ino !== index.inode) {
    closeSync(fd);
    return null;
  }
  return { file, fd, index };
}

function* documentPieces(fields: JsonFields, reuse?: ListReuse, previous?: ListIndex): Generator<Piece> {
  yield { text: "{" };
  let count = 0;
  for (const [key, value] of Object.entries(fields)) {
    if (!isJsonValue(value)) continue;
    // Each field after the line break (and comma) that separates it from the one before.
    const start = `${count++ === 0 ? "\n" : ",\n"}  ${JSON.stringify(key)}: `;
    if (!isList(value)) {
      yield { text: `${start}${indent(JSON.stringify(value, null, 2), "  ")}` };
      continue;
    }
    let items = 0;
    for (const item of value) {
      yield { text: items++ === 0 ? `${start}[\n` : ",\n" };
      const identity = reuse?.field === key ? reuse.identify(item) : undefined;
      const before = identity && previous?.items[identity.id];
      if (before && identity.key !== undefined && before[0] === identity.key) {
        yield { text: [before[1], before[2]], item: identity };
        continue;
      }
      const value = identity && reuse?.toJson ? reuse.toJson(item) : item;
      // In a list, what JSON cannot hold becomes null.
      const text = isJsonValue(value) ? JSON.stringify(value, null, 2) : "null";
      yield { text: `    ${indent(text, "    ")}`, ...(identity ? { item: identity } : {}) };
    }
    yield { text: items === 0 ? `${start}[]` : "\n  ]" };
  }
  yield { text: count === 0 ? "}\n" : "\n}\n" };
}

/** What JSON.stringify leaves out of an object: undefined, functions, symbols. */
function isJsonValue(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

function isList(value: unknown): value is Iterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.iterator in value;
}

/** JSON strings hold no raw line breaks, so every line break in JSON text is indentation. */
function indent(text: string, by: string): string {
  return text.replaceAll("\n", `\n${by}`);
}
