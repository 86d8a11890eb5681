/**
 * Hands the site data from a build to `.eleventy.ts` when both run in one process, so Eleventy
 * neither re-reads the entry files nor recomputes what the build already has; and says which
 * repeated pages to render (the others are reused from the previous site, or rendered by another
 * run) and whether this run renders the one-off pages. A config run on its own (`npm run dev`,
 * Eleventy's CLI) finds nothing here, loads the entries itself and renders everything.
 */
import type { SiteData } from "./data.ts";

export interface PreparedSite {
  data: SiteData;
  /** URLs of the repeated pages to render. */
  render: ReadonlySet<string>;
  /** Whether to render the one-off pages too (src/site/one-off-templates.ts). */
  oneOffs: boolean;
}

let prepared: PreparedSite | undefined;

/** Runs `work` with `site` handed over; always taken back afterwards. */
export async function withPreparedSite<T>(site: PreparedSite, work: () => Promise<T>): Promise<T> {
  prepared = site;
  try {
    return await work();
  } finally {
    prepared = undefined;
  }
}

export function preparedSite(): PreparedSite | undefined {
  return prepared;
}
