/**
 * Front matter: the editor's corrections at the top of an article, validated like a schema.
 * Unknown keys and wrong types are errors that name the key and list what is allowed.
 */
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import type { EntityCorrection, FrontMatter } from "../model.ts";
import type { InputProblem } from "./problems.ts";

export const FRONT_MATTER_KEYS = ["title", "date", "outlet", "people", "places", "organizations"] as const;
const CORRECTION_KEYS = ["add", "drop"];

export interface SplitArticle {
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line of the file where `body` starts. */
  firstLine: number;
}

/** Splits and validates; returns problems instead of throwing so all of them reach the editor. */
export function splitFrontMatter(text: string, file: string): SplitArticle | InputProblem[] {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, firstLine: 1 };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // YAML 1.2 core schema: dates stay text, so "2024-02-30" is caught here instead of becoming
    // March 1. (Passing options also turns off gray-matter's unbounded per-input cache.)
    parsed = matter(text, { engines: { yaml: (source: string) => (parseYaml(source, { schema: "core" }) ?? {}) as object } });
  } catch (error) {
    return [yamlProblem(error, file)];
  }
  const headerLines = text.length - parsed.content.length;
  const firstLine = text.slice(0, headerLines).split("\n").length;
  if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
    return [{ file, line: 2, reason: "the front matter is not a list of `key: value` lines", fix: `write keys such as title: "…" or date: 2024-05-25 (allowed: ${FRONT_MATTER_KEYS.join(", ")})` }];
  }
  const problems: InputProblem[] = [];
  const frontMatter = validateFrontMatter(parsed.data, file, problems);
  if (problems.length > 0) return problems;
  return { frontMatter, body: parsed.content, firstLine };
}

function yamlProblem(error: unknown, file: string): InputProblem {
  // `yaml` reports 1-based lines within the front matter, which starts after the `---` line.
  const line = (error as { linePos?: [{ line: number }] }).linePos?.[0]?.line;
  const reason = ((error as Error).message ?? String(error)).split("\n")[0];
  return {
    file,
    ...(line === undefined ? {} : { line: line + 1 }),
    reason: `the front matter is not valid YAML (${reason})`,
    fix: "fix the YAML between the two `---` lines at the top of the file, or remove them",
  };
}

function validateFrontMatter(data: Record<string, unknown>, file: string, problems: InputProblem[]): FrontMatter {
  const result: FrontMatter = {};
  const problem = (reason: string, fix: string) => problems.push({ file, reason, fix });
  for (const key of Object.keys(data)) {
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      problem(`unknown front-matter key "${key}"`, `use only: ${FRONT_MATTER_KEYS.join(", ")} (see README, "Corrections")`);
    }
  }
  if ("title" in data) {
    if (typeof data.title === "string" && data.title.trim() !== "") result.title = data.title.trim();
    else problem(`"title" must be a non-empty text`, `write e.g. title: "Talks resume in Doha"`);
  }
  if ("date" in data) {
    const date = toIsoDay(data.date);
    if (date) result.date = date;
    else problem(`"date" is not a real calendar day (${JSON.stringify(data.date)})`, "write the day as YYYY-MM-DD, e.g. date: 2024-05-25");
  }
  if ("outlet" in data) {
    if (data.outlet === null || (typeof data.outlet === "string" && data.outlet.trim() !== "")) {
      result.outlet = typeof data.outlet === "string" ? data.outlet.trim() : null;
    } else problem(`"outlet" must be a name or null`, `write e.g. outlet: "CBS News", or outlet: null for none`);
  }
  for (const key of ["people", "places", "organizations"] as const) {
    if (!(key in data)) continue;
    const correction = toCorrection(data[key]);
    if (correction) result[key] = correction;
    else problem(`"${key}" must be a map with "add" and/or "drop" lists of names`, `write e.g. ${key}:\n      add: ["Name One"]\n      drop: ["Name Two"]`);
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
