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

/** The folder flags of `dev` and `add` (the same as `build`'s), for `util.parseArgs`. */
export const FOLDER_FLAGS = {
  articles: { type: "string" },
  out: { type: "string" },
  work: { type: "string" },
} as const;

/** Project paths with `--articles`, `--out` and `--work` applied (relative to the working directory). */
export function pathsFromFlags(root: string, flags: { articles?: string | undefined; out?: string | undefined; work?: string | undefined }): ProjectPaths {
  return projectPaths(root, {
    ...(flags.articles ? { articles: path.resolve(flags.articles) } : {}),
    ...(flags.out ? { site: path.resolve(flags.out) } : {}),
    ...(flags.work ? { work: path.resolve(flags.work) } : {}),
  });
}

/** A path to show the user: project-relative inside the project, absolute outside it. */
export function displayPath(paths: Pick<ProjectPaths, "root">, absolute: string): string {
  const relative = path.relative(paths.root, absolute);
  return relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join("/");
}
