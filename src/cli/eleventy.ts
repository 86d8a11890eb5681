/**
 * Runs Eleventy in this process with the project's `.eleventy.ts`. The entries folder reaches
 * the config through TIMELINE_ENTRIES_DIR, the one way to hand data to a config file.
 */
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";

export interface EleventyRun {
  files: number;
}

export async function renderSite(projectRoot: string, entriesDir: string, outDir: string): Promise<EleventyRun> {
  const previousEntries = process.env.TIMELINE_ENTRIES_DIR;
  const previousCwd = process.cwd();
  process.env.TIMELINE_ENTRIES_DIR = entriesDir;
  // Eleventy resolves its input, includes and config against the working directory.
  process.chdir(projectRoot);
  try {
    const eleventy = new Eleventy("templates", outDir, {
      configPath: path.join(projectRoot, ".eleventy.ts"),
      quietMode: true,
    });
    const results = (await eleventy.write()) as unknown as [unknown[]] | unknown[];
    const written = Array.isArray(results[0]) ? results[0] : results;
    return { files: written.length };
  } finally {
    process.chdir(previousCwd);
    if (previousEntries === undefined) delete process.env.TIMELINE_ENTRIES_DIR;
    else process.env.TIMELINE_ENTRIES_DIR = previousEntries;
  }
}
