/**
 * Runs Eleventy in the test process exactly as the build does (src/cli/eleventy.ts:
 * `new Eleventy("templates", outDir, { configPath: ".eleventy.ts" })` from the project root, the
 * entries folder passed in TIMELINE_ENTRIES_DIR). Vitest does not compile the files Eleventy
 * imports by itself, so tsx's loader is registered first for `.eleventy.ts` and the `src/`
 * modules it imports. `renderTemplates` renders only some of the pages, for tests at a scale
 * where rendering every entry page would take too long.
 */
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";
import { renderSite as renderWithEleventy } from "../../src/cli/eleventy.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

register();

export async function renderSite(entriesDir: string, outDir: string): Promise<void> {
  await renderWithEleventy(PROJECT_ROOT, entriesDir, outDir);
}

/** Renders only the named templates (paths under `templates/`), with the real config and layouts. */
export async function renderTemplates(entriesDir: string, outDir: string, templates: readonly string[]): Promise<void> {
  const input = await mkdtemp(path.join(tmpdir(), "timeline-templates-"));
  await cp(path.join(PROJECT_ROOT, "templates/_includes"), path.join(input, "_includes"), { recursive: true });
  for (const template of templates) await cp(path.join(PROJECT_ROOT, "templates", template), path.join(input, template));
  // The config takes its input folder from TIMELINE_TEMPLATES_DIR (a folder given to Eleventy
  // itself would be overridden by the config's own).
  process.env.TIMELINE_TEMPLATES_DIR = input;
  try {
    await renderSite(entriesDir, outDir);
  } finally {
    delete process.env.TIMELINE_TEMPLATES_DIR;
  }
}
