/**
 * Atomic publication: the site is built in a sibling folder and swapped in by rename only when
 * every step succeeded, so a failed build leaves the previous `_site/` exactly as it was.
 *
 * The retired site is deleted by a detached process of its own: removing tens of thousands of
 * files takes seconds that nobody needs to wait for. A retired folder left behind (the machine
 * stopped mid-delete) is swept up by the next publication.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdir, rename, rm } from "node:fs/promises";
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

export async function discard(stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
}

const REMOVE = `for (const dir of process.argv.slice(1)) { try { require("node:fs").rmSync(dir, { recursive: true, force: true }); } catch {} }`;

/** Deletes the folders in a detached process that outlives this one. */
function removeInBackground(folders: readonly string[]): void {
  spawn(process.execPath, ["-e", REMOVE, ...folders], { detached: true, stdio: "ignore" }).unref();
}
