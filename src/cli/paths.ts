/** Where a project keeps its inputs, derived files and output, relative to its root. */
import path from "node:path";

export interface ProjectPaths {
  root: string;
  articles: string;
  reference: string;
  /** Derived, git-ignored: entries, caches, the build report. */
  work: string;
  entries: string;
  site: string;
}

export function projectPaths(root: string, overrides: Partial<Omit<ProjectPaths, "root">> = {}): ProjectPaths {
  const work = overrides.work ?? path.join(root, ".timeline");
  return {
    root,
    articles: overrides.articles ?? path.join(root, "content", "articles"),
    reference: overrides.reference ?? path.join(root, "content", "reference"),
    work,
    entries: overrides.entries ?? path.join(work, "entries"),
    site: overrides.site ?? path.join(root, "_site"),
  };
}
