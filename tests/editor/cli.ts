/**
 * Runs the editor's commands as `npm run <command>` does (`node --import tsx src/cli/<command>.ts`,
 * the real node process, no npm wrapper) from the project root, against temporary folders, so
 * tests never write into the repository's `content/articles/`.
 */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const SEEDS = path.join(PROJECT_ROOT, "content", "articles");
export const FIXTURES = path.join(import.meta.dirname, "fixtures");

/** `node` with the arguments that run one CLI script. */
export function cliArgs(command: string, args: readonly string[]): string[] {
  return ["--import", "tsx", path.join("src", "cli", `${command}.ts`), ...args];
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; `input` goes to standard input (closed either way). */
export function runCli(command: string, args: readonly string[], input?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliArgs(command, args), { cwd: PROJECT_ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

export interface TempProject {
  dir: string;
  articles: string;
  out: string;
  work: string;
}

/** A temporary folder with an articles folder holding copies of the given seed files (none by default). */
export async function tempProject(seedFiles: readonly string[] = []): Promise<TempProject> {
  const dir = await mkdtemp(path.join(tmpdir(), "timeline-editor-"));
  const articles = path.join(dir, "articles");
  await mkdir(articles);
  for (const file of seedFiles) await cp(path.join(SEEDS, file), path.join(articles, file));
  return { dir, articles, out: path.join(dir, "_site"), work: path.join(dir, "work") };
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
