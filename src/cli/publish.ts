/**
 * Publication: the site is built in a sibling folder and moved in by rename only when every step
 * succeeded, so a failed build leaves the previous `_site/` exactly as it was.
 *
 * A whole new site is swapped in at once (`swapIn`). A rebuild that rendered only some pages
 * patches the published site instead (`patchIn`): each new file is renamed over the old one,
 * then the files no longer made are deleted. Each file changes at once, the set of them within a
 * moment; the build's record of the site is removed before and written after (src/cli/incremental.ts),
 * so a patch interrupted half way is followed by a build of the whole site.
 *
 * The retired site is deleted by a detached process of its own: removing tens of thousands of
 * files takes seconds that nobody needs to wait for. A retired folder left behind (the machine
 * stopped mid-delete) is swept up by the next publication.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { lstat, readdir, rename, rm, rmdir } from "node:fs/promises";
import path from "node:path";

const RETIRED = ".previous-";

/** A fresh staging folder next to `siteDir` (same file system, so rename is atomic). */
export function stagingDirFor(siteDir: string): string {
  return `${siteDir}.building-${randomBytes(4).toString("hex")}`;
}

export async function swapIn(stagingDir: string, siteDir: string): Promise<void> {
  const retired = `${siteDir}${RETIRED}${randomBytes(4).toString("hex")}`;
  const hadSite = await rename(siteDir, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(stagingDir, siteDir);
  } catch (error) {
    if (hadSite) await rename(retired, siteDir);
    throw error;
  }
  const prefix = `${path.basename(siteDir)}${RETIRED}`;
  const folders = (await readdir(path.dirname(siteDir))).filter((name) => name.startsWith(prefix));
  if (folders.length > 0) removeInBackground(folders.map((name) => path.join(path.dirname(siteDir), name)));
}

/**
 * Moves every file of `stagingDir` into `siteDir` (replacing what is there; a folder the site
 * lacks moves whole), then deletes `stale` (paths relative to the site) and the folders that
 * leaves empty. `stagingDir` is gone afterwards.
 */
export async function patchIn(stagingDir: string, siteDir: string, stale: Iterable<string>): Promise<void> {
  await moveInto(stagingDir, siteDir);
  await rm(stagingDir, { recursive: true, force: true });
  for (const file of stale) {
    const target = path.join(siteDir, file);
    await rm(target, { force: true });
    await removeEmptyFolders(path.dirname(target), siteDir);
  }
}

async function moveInto(from: string, to: string): Promise<void> {
  for (const item of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, item.name);
    const target = path.join(to, item.name);
    if (item.isDirectory()) {
      const existing = await lstat(target).catch(() => null);
      if (existing?.isDirectory()) {
        await moveInto(source, target);
        continue;
      }
      if (existing) await rm(target, { force: true });
    }
    await rename(source, target);
  }
}

/** Removes `folder` and its parents up to (not including) `root` while they are empty. */
async function removeEmptyFolders(folder: string, root: string): Promise<void> {
  for (let current = folder; current !== root && current.startsWith(`${root}${path.sep}`); current = path.dirname(current)) {
    const emptied = await rmdir(current).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code === "ENOENT", // gone already: its parent may be empty
    );
    if (!emptied) return; // not empty
  }
}

export async function discard(stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
}

const REMOVE = `for (const dir of process.argv.slice(1)) { try { require("node:fs").rmSync(dir, { recursive: true, force: true }); } catch {} }`;

/** Deletes the folders in a detached process that outlives this one. */
function removeInBackground(folders: readonly string[]): void {
  spawn(process.execPath, ["-e", REMOVE, ...folders], { detached: true, stdio: "ignore" }).unref();
}
