/**
 * Large JSON documents written a piece at a time. The text is exactly what
 * `JSON.stringify(document, null, 2)` gives, plus a final newline, but the items of a top-level
 * list are serialised one by one (a list may be any iterable, even a lazy one), so a 90 MB
 * document is never one string.
 */
import { open } from "node:fs/promises";

/** A JSON object's fields, in order; a field holding an iterable other than a string is a list. */
export type JsonFields = Record<string, unknown>;

/** The document's text in pieces. */
export function* jsonPieces(fields: JsonFields): Generator<string> {
  yield "{";
  let count = 0;
  for (const [key, value] of Object.entries(fields)) {
    if (isJsonValue(value)) yield* fieldPieces(key, value, count++ === 0);
  }
  yield count === 0 ? "}\n" : "\n}\n";
}

/** Bytes gathered before each write. */
const WRITE_CHUNK = 1 << 20;

/** Writes the document to `file` a chunk at a time. */
export async function writeJsonFile(file: string, fields: JsonFields): Promise<void> {
  const handle = await open(file, "w");
  try {
    let pending: string[] = [];
    let size = 0;
    for (const piece of jsonPieces(fields)) {
      pending.push(piece);
      size += piece.length;
      if (size < WRITE_CHUNK) continue;
      await handle.write(pending.join(""));
      pending = [];
      size = 0;
    }
    await handle.write(pending.join(""));
  } finally {
    await handle.close();
  }
}

/** What JSON.stringify leaves out of an object: undefined, functions, symbols. */
function isJsonValue(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

function isList(value: unknown): value is Iterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.iterator in value;
}

/** One top-level field, indented one level, after the line break (and comma) that separates it from the one before. */
function* fieldPieces(key: string, value: unknown, first: boolean): Generator<string> {
  const start = `${first ? "\n" : ",\n"}  ${JSON.stringify(key)}: `;
  if (!isList(value)) {
    yield `${start}${indent(JSON.stringify(value, null, 2), "  ")}`;
    return;
  }
  let count = 0;
  for (const item of value) {
    // In a list, what JSON cannot hold becomes null.
    const text = isJsonValue(item) ? JSON.stringify(item, null, 2) : "null";
    yield `${count++ === 0 ? `${start}[\n` : ",\n"}    ${indent(text, "    ")}`;
  }
  yield count === 0 ? `${start}[]` : "\n  ]";
}

/** JSON strings hold no raw line breaks, so every line break in JSON text is indentation. */
function indent(text: string, by: string): string {
  return text.replaceAll("\n", `\n${by}`);
}
