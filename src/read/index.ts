/**
 * The read stage: article files → `Article`s. Decodes, splits and validates front matter,
 * and reports every problem of every file at once.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import path from "node:path";
import { mapInTurns } from "../map-in-turns.ts";
import type { Article } from "../model.ts";
import { decodeBytes, type DecodeFailure } from "./decode.ts";
import { toProjectPath } from "./discover.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { InputError, type InputProblem } from "./problems.ts";

export { discoverArticles, toProjectPath, compareNames } from "./discover.ts";
export { InputError, formatProblem, type InputProblem } from "./problems.ts";
export { FRONT_MATTER_KEYS } from "./front-matter.ts";

/** Pure: bytes of one file → Article, or the problems that stop it. */
export function parseArticle(bytes: Uint8Array, source: string): Article | InputProblem[] {
  const decoded = decodeBytes(bytes);
  if ("kind" in decoded) return [decodeProblem(decoded, source)];
  const split = splitFrontMatter(decoded.text, source);
  if (Array.isArray(split)) return split;
  if (/^[\s\p{Cf}]*$/u.test(split.body)) {
    return [{ file: source, reason: "the article has front matter but no text", fix: "write the article text below the front matter" }];
  }
  const contentHash = createHash("sha256")
    .update(JSON.stringify(split.frontMatter))
    .update("\0")
    .update(split.body)
    .digest("hex");
  return {
    source,
    fileName: path.posix.basename(source),
    encoding: decoded.encoding,
    frontMatter: split.frontMatter,
    text: split.body,
    firstLine: split.firstLine,
    contentHash,
  };
}

function decodeProblem(failure: DecodeFailure, file: string): InputProblem {
  switch (failure.kind) {
    case "empty":
      return { file, reason: "the file is empty or holds only white space", fix: "write the article text into it, or delete it" };
    case "binary":
      return { file, reason: `this is a binary file, not text (control byte at offset ${failure.offset})`, fix: "save the article as plain text (.txt or .md), or move this file out of content/articles/" };
    case "invalid-utf-8":
      return { file, reason: `the file starts with a UTF-8 byte-order mark but is not valid UTF-8 (at byte ${failure.offset})`, fix: "open it in a text editor and save it again as UTF-8" };
  }
}

/** Reads one article file; throws an InputError naming the file and every problem found (one that cannot be read too). */
export async function readArticleFile(absolutePath: string, projectRoot: string): Promise<Article> {
  const result = readOne(absolutePath, projectRoot);
  if (Array.isArray(result)) throw new InputError(result);
  return result;
}

/** Reads all files; returns the articles and all problems, so the caller can report them together. */
export async function readArticleFiles(
  absolutePaths: readonly string[],
  projectRoot: string,
): Promise<{ articles: Article[]; problems: InputProblem[] }> {
  const results = await mapInTurns(absolutePaths, (absolutePath) => readOne(absolutePath, projectRoot));
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  for (const result of results) {
    if (Array.isArray(result)) problems.push(...result);
    else articles.push(result);
  }
  return { articles, problems };
}

function readOne(absolutePath: string, projectRoot: string): Article | InputProblem[] {
  const source = toProjectPath(absolutePath, projectRoot);
  let bytes: Uint8Array;
  try {
    bytes = readIntoScratch(absolutePath);
  } catch (error) {
    return [{ file: source, reason: `cannot be read (${(error as Error).message})`, fix: "check the file's permissions and that it still exists" }];
  }
  return parseArticle(bytes, source);
}

/**
 * Every article file is read into this one buffer, grown to the largest: a new buffer per file
 * (10,000 of them in a build) is memory outside the heap that made the garbage collector run
 * again and again, and reading took longer than parsing.
 */
let scratch = Buffer.allocUnsafe(1 << 16);

/** The bytes of a file, in `scratch`: valid until the next call (parseArticle copies what it keeps). */
function readIntoScratch(absolutePath: string): Uint8Array {
  const fd = openSync(absolutePath, "r");
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const larger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(larger, 0, 0, length);
        scratch = larger;
      }
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0) return scratch.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}
