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
import { open } from "node:fs/promises";

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

/** A piece of the text; a list item's piece says which item it is. */
interface Piece {
  text: string | Buffer;
  item?: { id: string; key: string | undefined };
}

/** The document's text in pieces. */
export function* jsonPieces(fields: JsonFields): Generator<string> {
  for (const piece of documentPieces(fields)) yield piece.text as string;
}

/** Bytes gathered before each write. */
const WRITE_CHUNK = 1 << 20;

/** Writes the document to `file` a chunk at a time; returns the index of the reusable list (empty without one). */
export async function writeJsonFile(file: string, fields: JsonFields, reuse?: ListReuse): Promise<ListIndex> {
  const previous = reuse?.previous && (await readIndexed(reuse.previous.file, reuse.previous.index));
  const index: ListIndex = { size: 0, items: {} };
  const handle = await open(file, "w");
  try {
    let pending: Buffer[] = [];
    let pendingSize = 0;
    for (const piece of documentPieces(fields, reuse, previous ?? undefined)) {
      const bytes = typeof piece.text === "string" ? Buffer.from(piece.text) : piece.text;
      if (piece.item?.key !== undefined) index.items[piece.item.id] = [piece.item.key, index.size, index.size + bytes.length];
      index.size += bytes.length;
      pending.push(bytes);
      pendingSize += bytes.length;
      if (pendingSize < WRITE_CHUNK) continue;
      await handle.write(Buffer.concat(pending));
      pending = [];
      pendingSize = 0;
    }
    await handle.write(Buffer.concat(pending));
    const written = await handle.stat();
    index.modified = written.mtimeMs;
    index.inode = written.ino;
  } finally {
    await handle.close();
  }
  return index;
}

/**
 * The previous file's bytes, if it is still the one its index describes (same size, modification
 * time and inode: the checks `make` and `git` trust too). Read in one call into
 * a buffer of the indexed size: `readFile` reads a large file in small steps (near a second for 90 MB here).
 */
async function readIndexed(file: string, index: ListIndex): Promise<{ bytes: Buffer; index: ListIndex } | null> {
  const handle = await open(file, "r").catch(() => null);
  if (!handle) return null;
  try {
    const found = await handle.stat();
    if (found.size !== index.size || found.mtimeMs !== index.modified || found.ino !== index.inode) return null;
    const bytes = Buffer.allocUnsafe(index.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) return null; // cut short meanwhile
      filled += bytesRead;
    }
    return { bytes, index };
  } finally {
    await handle.close();
  }
}

function* documentPieces(fields: JsonFields, reuse?: ListReuse, previous?: { bytes: Buffer; index: ListIndex }): Generator<Piece> {
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
      const before = identity && previous?.index.items[identity.id];
      if (before && identity.key !== undefined && before[0] === identity.key) {
        yield { text: previous!.bytes.subarray(before[1], before[2]), item: identity };
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
