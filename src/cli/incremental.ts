/**
 * Rebuilding only what changed. A build records, next to its other derived files, what the site
 * it published was made from: a render key (templates, Eleventy config, the code in src/,
 * settings, locked package versions), each repeated page's fingerprint (src/site/fingerprints.ts)
 * and the search index's manifest. The next build with the same render key asks Eleventy only
 * for the pages whose fingerprint changed, into an empty staging folder, and patches them into
 * the published site (src/cli/publish.ts: patchIn), deleting what is no longer made.
 *
 * The record is removed before the patch and written after it, so a build interrupted in
 * between leaves none, and the next build renders everything.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { SEARCH_DIR, type SearchManifest } from "../search/index.ts";
import { hashTree } from "../hash-tree.ts";
import type { ListIndex } from "../json-file.ts";
import { pageFile } from "../site/pages.ts";

const MANIFEST = "site-manifest.json";
const FORMAT = 1;

export interface SiteManifest {
  format: typeof FORMAT;
  renderKey: string;
  /** The published folder the record is about. */
  site: string;
  /** Repeated page URL → fingerprint. */
  pages: Record<string, string>;
  /** What the search stage needs to reuse its index shards (src/search). */
  search: SearchManifest | null;
  /** Where each entry lies in the published `timeline.json` (src/site/export.ts), to copy the unchanged ones. */
  export?: ListIndex;
  /** The same for the entries of the last report.json (src/cli/report.ts). */
  report?: ListIndex;
}

/** The files Eleventy's output depends on besides the data: hashed into the render key. */
export interface RenderInputs {
  projectRoot: string;
  templatesDir: string;
  settingsFile: string;
}

export async function renderKeyFor(inputs: RenderInputs): Promise<string> {
  const hash = createHash("sha256");
  // All of src/: the site code, and the code it borrows (dates in words come from src/date).
  for (const target of [
    inputs.templatesDir,
    path.join(inputs.projectRoot, ".eleventy.ts"),
    path.join(inputs.projectRoot, "src"),
    inputs.settingsFile,
    path.join(inputs.projectRoot, "package-lock.json"),
  ]) {
    // Named relative to the project (when inside it), so a project moved elsewhere keeps its key.
    hash.update(`${path.relative(inputs.projectRoot, target)}\0`);
    await hashTree(hash, target);
  }
  return hash.digest("hex");
}

export async function readSiteManifest(workDir: string): Promise<SiteManifest | null> {
  const text = await readFile(path.join(workDir, MANIFEST), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const manifest = JSON.parse(text) as SiteManifest;
    return manifest.format === FORMAT && typeof manifest.pages === "object" ? manifest : null;
  } catch {
    return null;
  }
}

export async function writeSiteManifest(workDir: string, manifest: Omit<SiteManifest, "format">): Promise<void> {
  await mkdir(workDir, { recursive: true });
  await writeFile(path.join(workDir, MANIFEST), `${JSON.stringify({ format: FORMAT, ...manifest })}\n`);
}

export async function forgetSiteManifest(workDir: string): Promise<void> {
  await rm(path.join(workDir, MANIFEST), { force: true });
}

/**
 * The previous record, when it describes the published `siteDir`, was made with the same render
 * key and lists the site's search index (without it, the index files to delete are unknown).
 */
export async function reusableManifest(workDir: string, siteDir: string, renderKey: string): Promise<SiteManifest | null> {
  const manifest = await readSiteManifest(workDir);
  if (!manifest || manifest.renderKey !== renderKey || manifest.site !== siteDir || !manifest.search) return null;
  const published = await stat(siteDir).catch(() => null);
  return published?.isDirectory() ? manifest : null;
}

/**
 * The repeated pages to render: those whose fingerprint changed since the published site was
 * made, and those it lacks (deleted by hand). Checked one after another on purpose: 15,000
 * existence checks take some 50 ms this way, longer as promises.
 */
export function pagesToRender(options: { site: string; fingerprints: ReadonlyMap<string, string>; previous: Readonly<Record<string, string>> }): Set<string> {
  const toRender = new Set<string>();
  for (const [url, fingerprint] of options.fingerprints) {
    if (options.previous[url] !== fingerprint || !existsSync(path.join(options.site, pageFile(url)))) toRender.add(url);
  }
  return toRender;
}

/**
 * Files of the published site that the patched site must no longer have: pages no longer made,
 * and index files the new search manifest does not list. Relative to the site, POSIX.
 */
export function staleFiles(previous: SiteManifest, pages: ReadonlyMap<string, string>, search: SearchManifest): string[] {
  const searchFiles = (manifest: SearchManifest) => [...manifest.shared.files, ...manifest.shards.flatMap((shard) => shard.files)].map((file) => `${SEARCH_DIR}/${file}`);
  const kept = new Set(searchFiles(search));
  return [
    ...Object.keys(previous.pages).filter((url) => !pages.has(url)).map(pageFile),
    ...(previous.search ? searchFiles(previous.search).filter((file) => !kept.has(file)) : []),
  ];
}
