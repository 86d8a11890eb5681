/**
 * `npm run dev` end to end: the real node process (`node --import tsx src/cli/dev.ts`, as the npm
 * script runs it) on a temporary copy of the seed articles and a free port, with Chromium on its
 * home page. A new article file appears on the open page by live reload, with its own page and
 * its timeline.json entry; only that article is processed; an edit to it shows up the same way;
 * a broken article is reported without stopping the server; SIGTERM stops everything. And a
 * project whose only article is broken still starts, and publishes the article once fixed.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, collectPageErrors, launchChromium } from "../support/browser.ts";
import { cliArgs, FIXTURES, freePort, PROJECT_ROOT, SEEDS, tempProject, type TempProject } from "../editor/cli.ts";

/** Upper bound for anything the dev server is waited on for; never an expectation of speed. */
const PATIENCE_MS = 90_000;

interface DevServer {
  child: ChildProcess;
  /** Everything it printed, stdout and stderr together. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startDev(project: TempProject, port: number): DevServer {
  const child = spawn(process.execPath, cliArgs("dev", ["--articles", project.articles, "--out", project.out, "--work", project.work]), {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

/** Polls until `find` returns a value, for at most PATIENCE_MS; gives up at once if the dev server has exited. */
async function waitFor<T>(what: string, find: () => T | undefined | null | Promise<T | undefined | null>, dev: DevServer): Promise<T> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const found = await find();
    if (found !== undefined && found !== null) return found;
    const exited = dev.child.exitCode !== null || dev.child.signalCode !== null;
    if (exited || Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}${exited ? ` (the dev server exited: ${dev.child.exitCode ?? dev.child.signalCode})` : ""}; its output:\n${dev.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The `[timeline] …` log lines written after the first `skip` characters of output. */
function timelineLines(output: string, skip: number): string[] {
  return output.slice(skip).split("\n").filter((line) => line.startsWith("[timeline] "));
}

/** Process ids of every descendant of `pid` (children, their children …). */
function descendants(pid: number): number[] {
  const table = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, ppid] of table) if (ppid === parent) (found.push(child), visit(child));
  };
  visit(pid);
  return found;
}

/** Whether a process still runs (a zombie waiting to be reaped has already stopped). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

describe.skipIf(chromiumMissing())("npm run dev", () => {
  let project: TempProject;
  let dev: DevServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let base: string;
  const articleText = () => readFile(path.join(FIXTURES, "doha-talks.txt"), "utf8");
  const title = "Negotiators gather in Doha for a new round of hostage talks";
  const newFile = "doha-talks.txt";

  beforeAll(async () => {
    project = await tempProject(await readdir(SEEDS));
    dev = startDev(project, await freePort());
    // Eleventy's dev server moves to the next port if the given one was taken meanwhile: read the one it took.
    base = await waitFor("the server address", () => /Server at (http:\/\/\S+?)\/?\s/.exec(dev.output())?.[1], dev);
    browser = await launchChromium();
    page = await browser.newPage();
    errors = await collectPageErrors(page);
    await page.goto(`${base}/`);
  });

  afterAll(async () => {
    await browser?.close();
    if (dev && dev.child.exitCode === null && dev.child.signalCode === null) {
      dev.child.kill("SIGKILL");
      await dev.exited;
    }
    if (project) await rm(project.dir, { recursive: true, force: true });
  });

  it("serves the seed site", async () => {
    expect(timelineLines(dev.output(), 0)[0]).toMatch(/^\[timeline\] start: 5 entries;/);
    await expect(page.locator(".entry-card").count()).resolves.toBe(5);
  });

  it("shows a new article on the open page, with its own page and timeline entry; only it is processed", async () => {
    const mark = dev.output().length;
    await writeFile(path.join(project.articles, newFile), await articleText());

    // No reload from the test: the dev server's live reload brings the new entry in.
    await page.getByRole("link", { name: title }).waitFor({ timeout: PATIENCE_MS });
    await expect(page.locator(".entry-card").count()).resolves.toBe(6);

    const rebuilt = await waitFor("the rebuild log line", () => timelineLines(dev.output(), mark).find((line) => line.includes("article")), dev);
    expect(rebuilt).toMatch(/: 6 entries; 1 article\(s\) processed \(\S+\/doha-talks\.txt\);/);

    await page.getByRole("link", { name: title }).click();
    await page.waitForURL(/\/entries\/[^/]+\/$/);
    await expect(page.locator("article.entry h1").textContent()).resolves.toBe(title);
    await expect(page.locator(".entry-body").textContent()).resolves.toContain("more than 100 hostages remained in the Gaza Strip");

    const exported = (await (await page.request.get(`${base}/timeline.json`)).json()) as { entries: { title: string; source: string; url: string }[] };
    const entry = exported.entries.find((candidate) => candidate.title === title);
    expect(entry?.source).toMatch(/\/doha-talks\.txt$/);
    expect(new URL(page.url()).pathname).toBe(entry?.url);
    expect(errors).toEqual([]);
  });

  it("shows an edit to the article on the open page", async () => {
    await page.goto(`${base}/`);
    const mark = dev.output().length;
    const edited = "Negotiators regroup in Cairo for a new round of hostage talks";
    // Saved as editors' tools save: a temporary file renamed over the article.
    const temporary = path.join(project.articles, `.${newFile}.swp`);
    await writeFile(temporary, (await articleText()).replace(title, edited));
    await rename(temporary, path.join(project.articles, newFile));

    await page.getByRole("link", { name: edited }).waitFor({ timeout: PATIENCE_MS });
    await expect(page.getByRole("link", { name: title }).count()).resolves.toBe(0);
    const rebuilt = await waitFor("the rebuild log line", () => timelineLines(dev.output(), mark).find((line) => / 1 entry file\(s\) rewritten/.test(line)), dev);
    expect(rebuilt).toMatch(/: 6 entries; 1 article\(s\) processed \(\S+\/doha-talks\.txt\);/);
  });

  it("reports a broken article and keeps serving the last good site", async () => {
    const mark = dev.output().length;
    await writeFile(path.join(project.articles, "broken.txt"), "---\nheadline: nope\n---\nText.\n");
    const report = await waitFor("the problem report", () => (/not rebuilt/.test(dev.output().slice(mark)) ? dev.output().slice(mark) : undefined), dev);
    expect(report).toContain('broken.txt:2: unknown front-matter key "headline"');
    const response = await page.request.get(`${base}/timeline.json`);
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { entries: unknown[] }).entries).toHaveLength(6);
    await rm(path.join(project.articles, "broken.txt"));
  });

  it("stops cleanly on SIGTERM: exit code 0, port closed, no process left behind", async () => {
    const pid = dev.child.pid!;
    const children = descendants(pid);
    dev.child.kill("SIGTERM");
    const exit = await Promise.race([dev.exited, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), PATIENCE_MS))]);
    expect(exit).toEqual({ code: 0, signal: null });
    await expect(fetch(`${base}/`)).rejects.toThrow();
    const deadline = Date.now() + PATIENCE_MS;
    while (children.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(children.filter(alive)).toEqual([]);
  });
});

describe("npm run dev on a project whose only article is broken", () => {
  it("starts on an empty timeline, reports the problem, and publishes the article once it is fixed", async () => {
    const project = await tempProject();
    const file = path.join(project.articles, "draft.txt");
    await writeFile(file, `---\nheadline: "Talks resume"\n---\n${await readFile(path.join(FIXTURES, "doha-talks.txt"), "utf8")}`);
    const dev = startDev(project, await freePort());
    try {
      const base = await waitFor("the server address", () => /Server at (http:\/\/\S+?)\/?\s/.exec(dev.output())?.[1], dev);
      expect(dev.output()).toContain('draft.txt:2: unknown front-matter key "headline"');
      const timeline = async () => ((await (await fetch(`${base}/timeline.json`)).json()) as { entries: { source: string }[] }).entries;
      expect(await timeline()).toEqual([]);

      await writeFile(file, await readFile(path.join(FIXTURES, "doha-talks.txt")));
      const published = await waitFor("the fixed article on the site", async () => ((await timeline()).length > 0 ? timeline() : undefined), dev);
      expect(published.map((entry) => path.basename(entry.source))).toEqual(["draft.txt"]);
    } finally {
      dev.child.kill("SIGTERM");
      await dev.exited;
      await rm(project.dir, { recursive: true, force: true });
    }
  });
});
