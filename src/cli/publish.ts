/**
 * Atomic publication: the site is built in a sibling folder and swapped in by rename only when
 * every step succeeded, so a failed build leaves the previous `_site/` exactly as it was.
 */
import { randomBytes } from "node:crypto";
import { rename, rm } from "node:fs/promises";

/** A fresh staging folder next to `siteDir` (same file system, so rename is atomic). */
export function stagingDirFor(siteDir: string): string {
  return `${siteDir}.building-${randomBytes(4).toString("hex")}`;
}

export async function swapIn(stagingDir: string, siteDir: string): Promise<void> {
  const retired = `${siteDir}.previous-${randomBytes(4).toString("hex")}`;
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
  if (hadSite) await rm(retired, { recursive: true, force: true });
}

export async function discard(stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
}
