/**
 * Fills a buffer from a file at a byte position, synchronously: the processing cache
 * (src/cli/cache.ts) and the large JSON files (src/json-file.ts) read thousands of small spans of
 * a few large files, and each span is then one call to the kernel.
 */
import { readSync } from "node:fs";

/** Fills `target` from the file `fd` at `position`; false when the file ends first (cut short since its spans were recorded). */
export function readAt(fd: number, target: Uint8Array, position: number): boolean {
  for (let filled = 0; filled < target.length; ) {
    const read = readSync(fd, target, filled, target.length - filled, position + filled);
    if (read === 0) return false;
    filled += read;
  }
  return true;
}
