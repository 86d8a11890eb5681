/**
 * YAML for entry front matter, byte for byte what gray-matter's `stringify` writes (js-yaml 3
 * `safeDump` with default options, of the data's JSON form, trimmed) at a fraction of the cost:
 * no JSON round trip, no duplicate-reference scan (quadratic in the number of objects), no
 * string rebuilt at every level, and style choices made by regular expressions instead of a
 * function call per character. tests/entries/yaml.test.ts holds the two side by side.
 */
import { createRequire } from "node:module";

interface ImplicitType {
  resolve(text: string): boolean;
}

/** The js-yaml that gray-matter loads (3.x): its resolvers decide which strings read as another type. */
const fromHere = createRequire(import.meta.url);
const jsYaml = createRequire(fromHere.resolve("gray-matter"))("js-yaml") as { DEFAULT_SAFE_SCHEMA: { compiledImplicit: ImplicitType[] } };
const IMPLICIT_TYPES = jsYaml.DEFAULT_SAFE_SCHEMA.compiledImplicit;

const INDENT = 2;
const LINE_WIDTH = 80;
/** Keys longer than this are written as explicit `? key` pairs. */
const LONG_KEY = 1024;
/** YAML 1.1 booleans, quoted so that older readers keep them strings. */
const OLD_BOOLEANS = new Set(["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF"]);

/** Characters js-yaml will not print as they are (UTF-16 code units, so any surrogate counts). */
const UNPRINTABLE_IN_BLOCK = /[\x00-\x09\x0B-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
const UNPRINTABLE_IN_LINE = /[\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
/** A plain scalar cannot start with an indicator or a space … */
const UNSAFE_PLAIN_START = /^[ \-?:,[\]{}#&*!|=>'"%@`]/;
/** … nor hold a flow indicator, a colon, or a comment. */
const UNSAFE_PLAIN_INSIDE = /[,[\]{}:]| #/;

const ESCAPES: Record<number, string> = {
  0x00: "\\0", 0x07: "\\a", 0x08: "\\b", 0x09: "\\t", 0x0a: "\\n", 0x0b: "\\v", 0x0c: "\\f", 0x0d: "\\r",
  0x1b: "\\e", 0x22: '\\"', 0x5c: "\\\\", 0x85: "\\N", 0xa0: "\\_", 0x2028: "\\L", 0x2029: "\\P",
};

type Style = "plain" | "single" | "literal" | "folded" | "double";

/** The YAML of a JSON-like mapping as gray-matter puts it between the `---` lines. */
export function frontMatterYaml(data: Record<string, unknown>): string {
  const writer = new YamlWriter();
  writer.node(data, 0, true);
  // gray-matter trims the dump (a plain key or value can start or end with Unicode white space).
  return writer.out.join("").trim();
}

/** Line break plus the indentation of `level`, built once per level. */
const breaks: string[] = [];
function lineBreak(level: number): string {
  return (breaks[level] ??= `\n${" ".repeat(INDENT * level)}`);
}

/**
 * What JSON.stringify makes of a value: undefined when it would leave the value out. Entries hold
 * JSON data only (strings, numbers, booleans, null, arrays, plain objects; optional fields unset).
 */
function jsonForm(value: unknown): unknown {
  switch (typeof value) {
    case "string":
    case "object":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value + 0 : null; // + 0 turns -0 into 0, as JSON does
    default:
      return undefined;
  }
}

class YamlWriter {
  readonly out: string[] = [];
  /** Scalars already written, per level: an entry repeats its sentences under each person, place and organisation. */
  private readonly scalarTexts: Map<string, string>[] = [];

  /** Writes a value; true when what it wrote starts with a line break (a collection that is not compact). */
  node(value: unknown, level: number, compact: boolean): boolean {
    if (value === null) this.out.push("null");
    else if (typeof value === "string") this.out.push(this.scalar(value, level));
    else if (typeof value === "number") this.out.push(numberText(value));
    else if (typeof value === "boolean") this.out.push(value ? "true" : "false");
    else if (Array.isArray(value)) return this.sequence(value, level, compact);
    else return this.mapping(value as Record<string, unknown>, level, compact);
    return false;
  }

  private scalar(text: string, level: number): string {
    const texts = (this.scalarTexts[level] ??= new Map());
    let result = texts.get(text);
    if (result === undefined) texts.set(text, (result = scalar(text, level, false)));
    return result;
  }

  private sequence(items: readonly unknown[], level: number, compact: boolean): boolean {
    if (items.length === 0) {
      this.out.push("[]");
      return false;
    }
    for (let index = 0; index < items.length; index++) {
      if (!compact || index !== 0) this.out.push(lineBreak(level));
      this.out.push("- ");
      this.node(jsonForm(items[index]) ?? null, level + 1, true);
    }
    return !compact;
  }

  private mapping(object: Record<string, unknown>, level: number, compact: boolean): boolean {
    let written = 0;
    for (const key of Object.keys(object)) {
      const value = jsonForm(object[key]);
      if (value === undefined) continue;
      if (!compact || written !== 0) this.out.push(lineBreak(level));
      const keyText = keyScalar(key);
      const explicit = keyText.length > LONG_KEY;
      this.out.push(explicit ? `? ${keyText}${lineBreak(level)}` : keyText);
      // A value that starts on its own line follows a bare colon: known once it is written.
      const colon = this.out.push(": ") - 1;
      if (this.node(value, level + 1, explicit)) this.out[colon] = ":";
      written++;
    }
    if (written === 0) this.out.push("{}");
    return written !== 0 && !compact;
  }
}

function numberText(value: number): string {
  const text = String(value);
  // js-yaml's floats need a dot before the exponent (5.e-7); integers are written as JavaScript does.
  return value % 1 !== 0 && /^[-+]?[0-9]+e/.test(text) ? text.replace("e", ".e") : text;
}

const keyTexts = new Map<string, string>();
/** Keys are few and repeat in every entry: each is worked out once. */
function keyScalar(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) keyTexts.set(key, (text = scalar(key, 0, true)));
  return text;
}

function scalar(text: string, level: number, isKey: boolean): string {
  if (text.length === 0) return "''";
  if (text.length <= 3 && OLD_BOOLEANS.has(text)) return `'${text}'`;
  const indent = INDENT * Math.max(1, level);
  const width = Math.max(Math.min(LINE_WIDTH, 40), LINE_WIDTH - indent);
  // Most values are one printable line: folded if too long, else plain or quoted.
  if (!UNPRINTABLE_IN_LINE.test(text)) {
    if (isKey || text.length <= width || text[0] === " ") return plainOrSingle(text);
    return `>-${lineBreak(indent / INDENT)}${foldLine(text, width).join(lineBreak(indent / INDENT))}`;
  }
  switch (chooseStyle(text, isKey, width)) {
    case "plain":
      return text;
    case "single":
      return `'${text.replace(/'/g, "''")}'`;
    case "literal":
      return `|${blockHeader(text)}${dropEndingNewline(indentLines(text, indent))}`;
    case "folded":
      return `>${blockHeader(text)}${dropEndingNewline(indentLines(foldText(text, width), indent))}`;
    case "double":
      return `"${escapeDoubleQuoted(text)}"`;
  }
}

/** js-yaml's choice: block styles for text with line breaks or a line too long, else plain if it reads back as the same string. */
function chooseStyle(text: string, singleLineOnly: boolean, width: number): Style {
  if ((singleLineOnly ? UNPRINTABLE_IN_LINE : UNPRINTABLE_IN_BLOCK).test(text)) return "double";
  const hasLineBreak = !singleLineOnly && text.includes("\n");
  const hasFoldableLine = !singleLineOnly && hasLongLine(text, width);
  if (hasLineBreak || hasFoldableLine) return hasFoldableLine ? "folded" : "literal";
  return isPlain(text) ? "plain" : "single";
}

/** One printable line that fits: plain when it reads back as the same string, else single-quoted. */
function plainOrSingle(text: string): string {
  return isPlain(text) ? text : `'${text.replace(/'/g, "''")}'`;
}

function isPlain(text: string): boolean {
  return !UNSAFE_PLAIN_START.test(text) && !text.endsWith(" ") && !UNSAFE_PLAIN_INSIDE.test(text) && !IMPLICIT_TYPES.some((type) => type.resolve(text));
}

/** A line longer than the width that does not start with a space (more-indented lines never fold). */
function hasLongLine(text: string, width: number): boolean {
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > width && text[start] !== " ") return true;
    if (end === -1) return false;
    start = end + 1;
  }
}

function blockHeader(text: string): string {
  const indicator = /^\n* /.test(text) ? String(INDENT) : "";
  const clip = text.endsWith("\n");
  const keep = clip && (text[text.length - 2] === "\n" || text === "\n");
  return `${indicator}${keep ? "+" : clip ? "" : "-"}\n`;
}

function dropEndingNewline(text: string): string {
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}

/** Indents every line with something on it. */
function indentLines(text: string, spaces: number): string {
  const indent = " ".repeat(spaces);
  return text
    .split("\n")
    .map((line) => (line === "" ? line : indent + line))
    .join("\n");
}

/** Folded-style text: k line breaks stand for k − 1 newlines between ordinary lines, so one is added there. */
function foldText(text: string, width: number): string {
  const lineRe = /(\n+)([^\n]*)/g;
  const firstBreak = text.indexOf("\n");
  const firstEnd = firstBreak === -1 ? text.length : firstBreak;
  lineRe.lastIndex = firstEnd;
  let result = foldLine(text.slice(0, firstEnd), width).join("\n");
  let previousMoreIndented = text[0] === "\n" || text[0] === " ";
  for (let match = lineRe.exec(text); match !== null; match = lineRe.exec(text)) {
    const [, breaksBefore = "", line = ""] = match;
    const moreIndented = line[0] === " ";
    result += breaksBefore + (!previousMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width).join("\n");
    previousMoreIndented = moreIndented;
  }
  return result;
}

/**
 * Greedy breaking at spaces: the longest piece within the width, else the shortest beyond it.
 * Breaks are spaces followed by something else (a break before a space would read back as a
 * more-indented line). Jumps from piece to piece instead of visiting every space.
 */
function foldLine(line: string, width: number): string[] {
  if (line === "" || line[0] === " ") return [line];
  const pieces: string[] = [];
  let start = 0;
  let current = 0; // the last break passed
  let from = 0; // breaks before this are passed
  for (;;) {
    const limit = start + width;
    const within = limit >= from ? lastBreak(line, limit, from) : -1;
    if (within !== -1) current = within;
    const beyond = firstBreak(line, Math.max(from, limit + 1));
    if (beyond === -1) break;
    const end = current > start ? current : beyond;
    pieces.push(line.slice(start, end));
    start = end + 1;
    current = beyond;
    from = beyond + 1;
  }
  if (line.length - start > width && current > start) pieces.push(line.slice(start, current), line.slice(current + 1));
  else pieces.push(line.slice(start));
  return pieces;
}

function isBreak(line: string, space: number): boolean {
  return space + 1 < line.length && line.charCodeAt(space + 1) !== 0x20;
}

/** The first break at or after `from`, or -1. */
function firstBreak(line: string, from: number): number {
  for (let space = line.indexOf(" ", from); space !== -1; space = line.indexOf(" ", space + 1)) if (isBreak(line, space)) return space;
  return -1;
}

/** The last break in [floor, at], or -1 (the line does not start with a space). */
function lastBreak(line: string, at: number, floor: number): number {
  for (let space = line.lastIndexOf(" ", at); space > 0 && space >= floor; space = line.lastIndexOf(" ", space - 1)) if (isBreak(line, space)) return space;
  return -1;
}

function escapeDoubleQuoted(text: string): string {
  let result = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        result += hexEscape((code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000);
        i++;
        continue;
      }
    }
    const escape = ESCAPES[code];
    result += escape ?? (isPrintable(code) ? text[i] : hexEscape(code));
  }
  return result;
}

/** js-yaml's printable characters, for one UTF-16 code unit (a surrogate alone is not one). */
function isPrintable(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xd7ff && code !== 0x2028 && code !== 0x2029) || (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff);
}

function hexEscape(code: number): string {
  const hex = code.toString(16).toUpperCase();
  const [handle, length] = code <= 0xff ? ["x", 2] : code <= 0xffff ? ["u", 4] : ["U", 8];
  return `\\${handle}${hex.padStart(length, "0")}`;
}
