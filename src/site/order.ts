/**
 * Chronological order of entries, as the entries stage defines it (by best-estimate date, then
 * the narrower range, then id): one rule for the whole site.
 */
import { compareEntries } from "../entries/index.ts";
import type { Entry } from "../model.ts";

export const compareChronologically = compareEntries;

/** A new array, oldest first. */
export function sortChronologically<T extends Entry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareChronologically);
}
