/**
 * Eleventy compiles a paginated template's own body and a string permalink anew for every page it
 * makes (a tenth of a millisecond each, 30,000 times at 10,000 articles); the page templates avoid
 * both (empty bodies, their pages as layouts, permalinks as functions). What is compiled must
 * not grow with the number of pages: a site of 40 entries compiles what a site of 20 does (both with every kind of page).
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { PROJECT_ROOT, renderSite } from "../support/eleventy.ts";
import { makeStoryEntries, writeEntryFiles } from "../support/entries.ts";

// The Nunjucks Eleventy uses: resolved from Eleventy's own package, as it resolves it.
const nunjucks = createRequire(createRequire(path.join(PROJECT_ROOT, "package.json")).resolve("@11ty/eleventy"))("nunjucks") as {
  Template: { prototype: { _compile: (...args: unknown[]) => unknown } };
};

let work = "";

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "compile-once-"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Renders a site of `count` entries; returns how many templates Nunjucks compiled and how many entry pages were written. */
async function compilesFor(count: number): Promise<{ compiled: number; entryPages: number }> {
  const dir = await mkdtemp(path.join(work, `${count}-`));
  await writeEntryFiles(path.join(dir, "entries"), makeStoryEntries(count));
  const prototype = nunjucks.Template.prototype;
  const original = prototype._compile;
  let compiled = 0;
  prototype._compile = function (this: unknown, ...args: unknown[]) {
    compiled++;
    return original.apply(this, args);
  };
  try {
    await renderSite(path.join(dir, "entries"), path.join(dir, "site"));
  } finally {
    prototype._compile = original;
  }
  return { compiled, entryPages: (await readdir(path.join(dir, "site", "entries"))).length };
}

test("the number of templates compiled does not grow with the number of pages", async () => {
  // Some templates are compiled once per process, not per run: a first run compiles them.
  await compilesFor(20);
  const few = await compilesFor(20);
  const many = await compilesFor(40);
  expect(few.entryPages).toBe(20);
  expect(many.entryPages).toBe(40);
  expect(few.compiled).toBeGreaterThan(0);
  expect(many.compiled).toBe(few.compiled);
});
