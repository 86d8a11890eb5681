/**
 * Front matter: the editor's corrections at the top of an article, validated like a schema.
 * Unknown keys and wrong types are errors that name the key, its line and what is allowed;
 * broken YAML is reported with the line of every error, not just the first.
 */
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { EntityCorrection, FrontMatter } from "../model.ts";
import type { InputProblem } from "./problems.ts";

export const FRONT_MATTER_KEYS = ["title", "date", "outlet", "people", "places", "organizations"] as const;
const CORRECTION_KEYS = ["add", "drop"];

/** A line of three dashes (trailing spaces allowed) opens and closes the front matter. */
const DELIMITER = /^---[ \t]*$/;

export interface SplitArticle {
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line of the file where `body` starts. */
  firstLine: number;
}

/** Splits and validates; returns problems instead of throwing so all of them reach the editor. */
export function splitFrontMatter(text: string, file: string): SplitArticle | InputProblem[] {
  const lines = text.split("\n");
  if (lines.length < 2 || !DELIMITER.test(lines[0]!)) return { frontMatter: {}, body: text, firstLine: 1 };
  const closing = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line));
  if (closing < 0) {
    return [{ file, line: 1, reason: "the front matter opened by `---` on line 1 is never closed", fix: "end the front matter with a `---` line, or remove the first line if it is not front matter" }];
  }
  // The YAML starts on line 2 of the file: YAML line n is file line n + 1.
  const header = parseHeader(lines.slice(1, closing).join("\n"), file, 1);
  if (Array.isArray(header)) return header;
  const problems: InputProblem[] = [];
  const frontMatter = validateFrontMatter(header.data, file, header.keyLines, problems);
  if (problems.length > 0) return problems;
  return { frontMatter, body: lines.slice(closing + 1).join("\n"), firstLine: closing + 2 };
}

interface ParsedHeader {
  data: Record<string, unknown>;
  /** File line of each top-level key. */
  keyLines: Map<string, number>;
}

/**
 * YAML 1.2 core schema: dates stay text, so "2024-02-30" is caught by validation instead of
 * becoming March 1. `lineOffset` is the number of file lines above the YAML.
 */
function parseHeader(yaml: string, file: string, lineOffset: number): ParsedHeader | InputProblem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { schema: "core", lineCounter });
  if (document.errors.length > 0) {
    return document.errors.map((error) => {
      const position = error.linePos?.[0];
      const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      return {
        file,
        ...(position ? { line: position.line + lineOffset } : {}),
        reason: `the front matter is not valid YAML: ${message}${position ? ` (column ${position.col})` : ""}`,
        fix: "fix the YAML between the two `---` lines at the top of the file, or remove them",
      };
    });
  }
  let data: unknown;
  try {
    data = document.toJS() ?? {};
  } catch (error) {
    // e.g. an alias bomb: `yaml` refuses to expand excessive aliases.
    return [{ file, line: lineOffset + 1, reason: `the front matter cannot be read (${(error as Error).message})`, fix: "write plain `key: value` lines without YAML anchors or aliases" }];
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const start = document.contents?.range?.[0];
    return [{ file, line: (start === undefined ? 1 : lineCounter.linePos(start).line) + lineOffset, reason: "the front matter is not a list of `key: value` lines", fix: `write keys such as title: "…" or date: 2024-05-25 (allowed: ${FRONT_MATTER_KEYS.join(", ")})` }];
  }
  const keyLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const { key } of document.contents.items) {
      if (isScalar(key) && key.range) keyLines.set(String(key.value), lineCounter.linePos(key.range[0]).line + lineOffset);
    }
  }
  return { data: data as Record<string, unknown>, keyLines };
}

function validateFrontMatter(data: Record<string, unknown>, file: string, keyLines: ReadonlyMap<string, number>, problems: InputProblem[]): FrontMatter {
  const result: FrontMatter = {};
  const problem = (key: string, reason: string, fix: string) => {
    const line = keyLines.get(key);
    problems.push({ file, ...(line === undefined ? {} : { line }), reason, fix });
  };
  for (const key of Object.keys(data)) {
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      problem(key, `unknown front-matter key "${key}"`, `use only: ${FRONT_MATTER_KEYS.join(", ")} (see README, "Corrections")`);
    }
  }
  if ("title" in data) {
    if (typeof data.title === "string" && data.title.trim() !== "") result.title = data.title.trim();
    else problem("title", `"title" must be a non-empty text`, `write e.g. title: "Talks resume in Doha"`);
  }
  if ("date" in data) {
    const date = toIsoDay(data.date);
    if (date) result.date = date;
    else problem("date", `"date" is not a real calendar day (${JSON.stringify(data.date)})`, "write the day as YYYY-MM-DD, e.g. date: 2024-05-25");
  }
  if ("outlet" in data) {
    if (data.outlet === null || (typeof data.outlet === "string" && data.outlet.trim() !== "")) {
      result.outlet = typeof data.outlet === "string" ? data.outlet.trim() : null;
    } else problem("outlet", `"outlet" must be a name or null`, `write e.g. outlet: "CBS News", or outlet: null for none`);
  }
  for (const key of ["people", "places", "organizations"] as const) {
    if (!(key in data)) continue;
    const correction = toCorrection(data[key]);
    if (correction) result[key] = correction;
    else problem(key, `"${key}" must be a map with "add" and/or "drop" lists of names`, `write e.g. ${key}:\n      add: ["Name One"]\n      drop: ["Name Two"]`);
  }
  return result;
}

function toIsoDay(value: unknown): string | undefined {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}

function toCorrection(value: unknown): EntityCorrection | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).some((key) => !CORRECTION_KEYS.includes(key))) return undefined;
  const correction: EntityCorrection = {};
  for (const key of ["add", "drop"] as const) {
    const list = record[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every((item) => typeof item === "string" && item.trim() !== "")) return undefined;
    correction[key] = list.map((item: string) => item.trim());
  }
  return correction;
}
