/**
 * Runs Eleventy in the test process exactly as the build does (src/cli/eleventy.ts:
 * `new Eleventy("templates", outDir, { configPath: ".eleventy.ts" })` from the project root, the
 * entries folder passed in TIMELINE_ENTRIES_DIR). Vitest does not compile the files Eleventy
 * imports by itself, so tsx's loader is registered first for `.eleventy.ts` and the `src/`
 * modules it imports.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";
import { renderSite as renderWithEleventy } from "../../src/cli/eleventy.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

register();

export async function renderSite(entriesDir: string, outDir: string): Promise<void> {
  await renderWithEleventy(PROJECT_ROOT, entriesDir, outDir);
}
