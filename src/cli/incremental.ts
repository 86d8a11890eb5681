/**
 * Rebuilding only what changed. A build records, next to its other derived files, what the site
 * it published was made from: a render key (templates, Eleventy config, the code in src/,
 * settings, locked package versions) and each repeated page's fingerprint (src/site/fingerprints.ts). The
 * next build with the same render key hard-links every page whose fingerprint is unchanged from
 * the published site into its fresh staging folder and asks Eleventy for the others only.
 *
 * Hard links are safe because nothing ever writes into a file of a published site: the staging
 * folder starts empty, Eleventy writes only the pages not linked, and the swap replaces the
 * folder whole. The record is removed before the swap and written after it, so a build
 * interrupted in between leaves none, and the next build renders everything.
 */
import { createHash } from "node:crypto";
import { link, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SearchManifest } from "../search/index.ts";
import { hashTree } from "../hash-tree.ts";
import { mapLimit } from "../map-limit.ts";
import { pageFile } from "../site/pages.ts";

const MANIFEST = "site-manifest.json";
const LINKS_IN_FLIGHT = 32;
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

/** The previous record, when it describes the published `siteDir` and was made with the same render key. */
export async function reusableManifest(workDir: string, siteDir: string, renderKey: string): Promise<SiteManifest | null> {
  const manifest = await readSiteManifest(workDir);
  if (!manifest || manifest.renderKey !== renderKey || manifest.site !== siteDir) return null;
  const published = await stat(siteDir).catch(() => null);
  return published?.isDirectory() ? manifest : null;
}

/**
 * Hard-links into `staging` every page of `fingerprints` whose fingerprint equals the previous
 * one and whose file the published site still has; returns the URLs left to render.
 */
export async function linkUnchangedPages(options: {
  previousSite: string;
  staging: string;
  fingerprints: ReadonlyMap<string, string>;
  previous: Readonly<Record<string, string>>;
}): Promise<Set<string>> {
  const toRender = new Set<string>();
  const folders = new Map<string, Promise<unknown>>();
  const unchanged = [...options.fingerprints].filter(([url, fingerprint]) => {
    if (options.previous[url] === fingerprint) return true;
    toRender.add(url);
    return false;
  });
  // A few links at a time: one after another, 15,000 pages took seconds.
  const missing = await mapLimit(unchanged, LINKS_IN_FLIGHT, async ([url]) => {
    const file = pageFile(url);
    const target = path.join(options.staging, file);
    const folder = path.dirname(target);
    let made = folders.get(folder);
    if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    await made;
    try {
      await link(path.join(options.previousSite, file), target);
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      return url; // removed from the published site by hand: render it again
    }
  });
  for (const url of missing) if (url !== null) toRender.add(url);
  return toRender;
}
