/**
 * Publishing swaps the new site in by rename and leaves no retired site behind: the old one is
 * deleted by a background process, and one left over from an interrupted build goes with the next.
 * A patch moves a partial site's files into the published one and deletes the stale ones.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { patchIn, stagingDirFor, swapIn } from "../../src/cli/publish.ts";

const work = await mkdtemp(path.join(tmpdir(), "publish-"));
afterAll(() => rm(work, { recursive: true, force: true }));

async function siteWith(dir: string, text: string): Promise<void> {
  await mkdir(path.join(dir, "entries"), { recursive: true });
  await writeFile(path.join(dir, "index.html"), text);
  await writeFile(path.join(dir, "entries", "a.html"), text);
}

/** Waits (polling) until no sibling of the site is a retired folder; the background delete may take a moment. */
async function retiredFolders(): Promise<string[]> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const retired = (await readdir(work)).filter((name) => name.includes(".previous-"));
    if (retired.length === 0) return [];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return (await readdir(work)).filter((name) => name.includes(".previous-"));
}

test("the new site replaces the old whole, and the old one is deleted", async () => {
  const site = path.join(work, "_site");
  await siteWith(site, "old");
  const staging = stagingDirFor(site);
  await siteWith(staging, "new");
  await swapIn(staging, site);
  expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("new");
  expect(await readdir(work)).not.toContain(path.basename(staging));
  expect(await retiredFolders()).toEqual([]);
});

test("a retired site left by an interrupted build is swept up by the next one", async () => {
  const site = path.join(work, "_site");
  await siteWith(path.join(work, "_site.previous-deadbeef"), "stale");
  const staging = stagingDirFor(site);
  await siteWith(staging, "newer");
  await swapIn(staging, site);
  expect(await readFile(path.join(site, "entries", "a.html"), "utf8")).toBe("newer");
  expect(await retiredFolders()).toEqual([]);
});

test("the first publication, with no site before it, just renames", async () => {
  const site = path.join(work, "first", "_site");
  const staging = stagingDirFor(site);
  await siteWith(staging, "first");
  await swapIn(staging, site);
  expect(await readdir(path.dirname(site))).toEqual(["_site"]);
});

/** Every file under `dir`, relative path → text. */
async function files(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found[path.relative(dir, path.join(entry.parentPath, entry.name))] = await readFile(path.join(entry.parentPath, entry.name), "utf8");
  }
  return found;
}

test("a patch replaces the files it brings, adds new folders whole, and deletes the stale files and the folders they leave empty", async () => {
  const site = path.join(work, "patched", "_site");
  await mkdir(path.join(site, "entries", "gone"), { recursive: true });
  await mkdir(path.join(site, "entries", "kept"), { recursive: true });
  await mkdir(path.join(site, "pagefind", "2024"), { recursive: true });
  await writeFile(path.join(site, "index.html"), "old home");
  await writeFile(path.join(site, "entries", "gone", "index.html"), "gone");
  await writeFile(path.join(site, "entries", "kept", "index.html"), "kept");
  await writeFile(path.join(site, "pagefind", "2024", "old.pf_fragment"), "old");
  const keptInode = (await stat(path.join(site, "entries", "kept", "index.html"))).ino;

  const staging = stagingDirFor(site);
  await mkdir(path.join(staging, "entries", "new"), { recursive: true });
  await mkdir(path.join(staging, "pagefind", "2024"), { recursive: true });
  await writeFile(path.join(staging, "index.html"), "new home");
  await writeFile(path.join(staging, "entries", "new", "index.html"), "new");
  await writeFile(path.join(staging, "pagefind", "2024", "new.pf_fragment"), "new");
  await patchIn(staging, site, ["entries/gone/index.html", "pagefind/2024/old.pf_fragment"]);

  expect(await files(site)).toEqual({
    "index.html": "new home",
    "entries/kept/index.html": "kept",
    "entries/new/index.html": "new",
    "pagefind/2024/new.pf_fragment": "new",
  });
  expect(await readdir(path.join(site, "entries"))).toEqual(["kept", "new"]);
  expect((await stat(path.join(site, "entries", "kept", "index.html"))).ino).toBe(keptInode);
  expect(await readdir(path.dirname(site))).toEqual(["_site"]);
});
