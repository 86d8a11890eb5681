/**
 * Helpers for the robustness tests: a throw-away project (the repository's templates, config,
 * reference data and site settings; the test's own articles), whole-tree hashes, the visible
 * text of a page, live markup found in a page, the Pagefind index read back, and the build run as
 * `npm run build` does it.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { PROJECT_ROOT } from "../support/eleventy.ts"; // also registers tsx, so Eleventy can load .eleventy.ts

export { PROJECT_ROOT };

export const FIXTURES = path.join(PROJECT_ROOT, "tests", "fixtures", "robustness");

export interface TempProject {
  /** A folder holding only the project: nothing may appear beside it. */
  container: string;
  root: string;
  articles: string;
  site: string;
  work: string;
}

/**
 * A project in a new temporary folder: copies of `templates/`, `.eleventy.ts`, `content/reference/`
 * and `content/site.yaml`; `src/` and `node_modules/` linked to the repository's. The articles
 * (name → text or bytes, sub-folders allowed) go into `content/articles/`.
 */
export async function makeProject(articles: Record<string, string | Uint8Array>): Promise<TempProject> {
  const container = await mkdtemp(path.join(tmpdir(), "timeline-robust-"));
  const root = path.join(container, "project");
  await mkdir(path.join(root, "content", "articles"), { recursive: true });
  await cp(path.join(PROJECT_ROOT, "templates"), path.join(root, "templates"), { recursive: true });
  await cp(path.join(PROJECT_ROOT, "content", "reference"), path.join(root, "content", "reference"), { recursive: true });
  for (const file of [".eleventy.ts", "package.json", path.join("content", "site.yaml")]) {
    await cp(path.join(PROJECT_ROOT, file), path.join(root, file));
  }
  for (const linked of ["src", "node_modules"]) await symlink(path.join(PROJECT_ROOT, linked), path.join(root, linked), "dir");
  const project = { container, root, articles: path.join(root, "content", "articles"), site: path.join(root, "_site"), work: path.join(root, ".timeline") };
  await writeArticles(project.articles, articles);
  return project;
}

/** Deletes a project made by `makeProject` (its links to src/ and node_modules/ are removed, not followed). */
export async function removeProject(project: TempProject): Promise<void> {
  await rm(project.container, { recursive: true, force: true });
}

export async function writeArticles(dir: string, articles: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(articles)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

export async function fixture(name: string): Promise<string> {
  return readFile(path.join(FIXTURES, name), "utf8");
}

/** Every file below `dir` (symbolic links not followed), relative path → sha256, in path order. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const found = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = found
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  const hashes = new Map<string, string>();
  for (const file of files) hashes.set(file, createHash("sha256").update(await readFile(path.join(dir, file)).catch(() => "(link)")).digest("hex"));
  return hashes;
}

/** Every path below `dir`, relative, sorted (folders included, links not followed). */
export async function listTree(dir: string): Promise<string[]> {
  const found = await readdir(dir, { withFileTypes: true, recursive: true });
  return found.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
}

/** Decodes the character references HTML and XML use. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The visible text of an HTML page: no scripts or styles, entities decoded, white space collapsed. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
}

/** White space collapsed, as on a rendered page. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export interface SearchFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * The pages of a built site's Pagefind index, read from the (gzipped) fragment files of every
 * shard bundle listed in pagefind/shards.json; each shard's sort anchor (src/search/pagefind.ts)
 * is not a page and is left out.
 */
export async function searchFragments(site: string): Promise<SearchFragment[]> {
  const list = JSON.parse(await readFile(path.join(site, "pagefind", "shards.json"), "utf8")) as { shards: { bundle: string }[] };
  const fragments: SearchFragment[] = [];
  for (const { bundle } of list.shards) {
    const dir = path.join(site, "pagefind", bundle, "fragment");
    for (const name of (await readdir(dir)).sort()) {
      const text = gunzipSync(await readFile(path.join(dir, name))).toString("utf8");
      const fragment = JSON.parse(text.replace(/^pagefind_dcd/, "")) as SearchFragment;
      if (fragment.url !== "/search/") fragments.push(fragment);
    }
  }
  return fragments;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run build` in `cwd`: `node --import tsx src/cli/build.ts` (the repository's code). */
export function runBuildCli(cwd: string, args: string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src", "cli", "build.ts"), ...args], {
      cwd,
      env: { ...process.env, FORCE_COLOR: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Attributes whose value a browser loads or follows. */
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background", "ping"]);
/** Elements no page of this site has, and hostile input would bring. */
const FOREIGN_ELEMENTS = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "base", "marquee", "svg:script"]);

/**
 * Markup in a page that came alive from article text: event-handler attributes, script or
 * foreign URLs, frames, scripts that run the input's code, and any element of the input's own
 * markup (`<b>resume</b>` in the text must never be a `<b>` element holding "resume", a Markdown
 * `[text](url)` never a link). Returns a description of each; [] for a clean page.
 */
export function findLiveMarkup(html: string, inputs: readonly string[], options: { xml?: boolean } = {}): string[] {
  const document = parseDocument(html, { xmlMode: options.xml ?? false });
  const inputTags = inputs.flatMap((input) => [...input.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>([^<]*)<\/\1>/gi)].map((match) => ({ name: match[1]!.toLowerCase(), text: collapse(match[2]!) })));
  const inputLinks = inputs.flatMap((input) => [...input.matchAll(/!?\[([^\]]+)\]\(((?:[^()\s]|\([^()]*\))+)\)/g)].map((match) => ({ text: collapse(match[1]!), target: match[2]!.trim() })));
  const found: string[] = [];
  for (const element of DomUtils.findAll(() => true, document.children) as Element[]) {
    const name = element.name.toLowerCase();
    const text = collapse(DomUtils.textContent(element));
    for (const [attribute, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(attribute)) found.push(`<${name} ${attribute}="${value}">`);
      if (URL_ATTRIBUTES.has(attribute) && /^\s*(?:javascript|vbscript|data):/i.test(value)) found.push(`<${name} ${attribute}="${value}">`);
      if (URL_ATTRIBUTES.has(attribute) && inputLinks.some((link) => value === link.target)) found.push(`<${name} ${attribute}="${value}"> from a Markdown link`);
      if (URL_ATTRIBUTES.has(attribute) && /evil\.example/.test(value)) found.push(`<${name} ${attribute}="${value}">`);
    }
    if (FOREIGN_ELEMENTS.has(name)) found.push(`<${name}>`);
    if (name === "script") {
      if (element.attribs.type === "application/ld+json") {
        try {
          JSON.parse(text);
        } catch {
          found.push(`JSON-LD that is not JSON: ${text.slice(0, 80)}`);
        }
      } else if (/alert\(|evil\.example/.test(text)) found.push(`<script>${text.slice(0, 80)}</script>`);
    }
    if (name === "style" && /display:\s*none/.test(text)) found.push(`<style>${text.slice(0, 80)}</style>`);
    if (inputTags.some((tag) => tag.text !== "" && tag.name === name && tag.text === text)) found.push(`<${name}>${text}</${name}> from the input`);
    if ((name === "a" || name === "img") && inputLinks.some((link) => link.text === text || link.text === element.attribs.alt)) found.push(`<${name}> from a Markdown link`);
  }
  return found;
}

/** Every element with this tag name, in document order. */
export function elementsNamed(html: string, tag: string, options: { xml?: boolean } = {}): Element[] {
  return DomUtils.getElementsByTagName(tag, parseDocument(html, { xmlMode: options.xml ?? false }).children, true);
}

/** Every element with this tag name inside `element`. */
export function within(element: Element, tag: string): Element[] {
  return DomUtils.getElementsByTagName(tag, element.children, true);
}

/** An element's text, entities decoded, white space collapsed. */
export function textOf(element: Element): string {
  return collapse(DomUtils.textContent(element));
}
