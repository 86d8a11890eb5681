/**
 * Unique, stable URL slugs for a set of names (people, places): the slug of the name, with
 * "-2", "-3" … for names that slugify alike, handed out in sorted name order so that the same
 * set of names always gets the same slugs. A slug is never all digits ("1948" → "n-1948"): numbers
 * after a section are its page numbers (`/people/2/`). `reserved` slugs are never handed out: the
 * section's own pages beside the named ones (`/figures/all/`).
 */
import { createHash } from "node:crypto";
import { compareCodeUnits } from "../text/compare.ts";
import { slugify } from "../text/slug.ts";

export function assignSlugs(names: Iterable<string>, reserved: Iterable<string> = []): Map<string, string> {
  const sorted = [...new Set(names)].sort(compareCodeUnits);
  const slugs = new Map<string, string>();
  const taken = new Set<string>(reserved);
  for (const name of sorted) {
    // A name without Latin letters or digits still needs a slug: a short hash of the name.
    const slugged = slugify(name);
    const base = /^\d*$/.test(slugged) ? `n-${slugged || createHash("sha256").update(name).digest("hex").slice(0, 8)}` : slugged;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}
