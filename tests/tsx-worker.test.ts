/**
 * Worker threads of TypeScript modules: run through tsx until a bundle of the module is made,
 * then from the bundle, which keeps each module's own `import.meta.url`, and never from a
 * bundle one of whose files has changed since.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { freshBundle, makeBundle, startTsWorker } from "../src/tsx-worker.ts";

const root = path.resolve(import.meta.dirname, "..");
// Inside the project, as workers' modules are: bundles are named after their place in it.
const dir = path.join(root, "tests", "fixtures", `.worker-${process.pid}`);
const moduleFile = path.join(dir, "echo.ts");
const module = pathToFileURL(moduleFile);
const bundleFiles = ["mjs", "json"].map((extension) => path.join(root, "node_modules", ".cache", "timeline", `tests-fixtures-.worker-${process.pid}-echo.${extension}`));

interface Echo {
  url: string;
  data: unknown;
  word: string;
}

async function writeModules(word: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "word.ts"), `export const word: string = ${JSON.stringify(word)};\n`);
  await writeFile(
    moduleFile,
    `import { parentPort, workerData } from "node:worker_threads";\nimport { word } from "./word.ts";\nparentPort?.postMessage({ url: import.meta.url, data: workerData, word });\n`,
  );
}

function echo(data: unknown): Promise<Echo> {
  const worker = startTsWorker(module, data);
  return new Promise<Echo>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", resolve);
  }).finally(() => worker.terminate());
}

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  for (const file of bundleFiles) await rm(file, { force: true });
});

describe("startTsWorker", () => {
  test("runs the module through tsx while it has no bundle, bundles it, then runs the bundle, which keeps the module's own URL", { timeout: 60_000 }, async () => {
    await writeModules("first");
    expect(freshBundle(module)).toBeUndefined();
    expect(await echo({ n: 1 })).toEqual({ url: module.href, data: { n: 1 }, word: "first" });
    await makeBundle(module);
    expect(freshBundle(module)).toBe(bundleFiles[0]);
    expect(await echo({ n: 2 })).toEqual({ url: module.href, data: { n: 2 }, word: "first" });
  });

  test("does not run a bundle once a file it was made from has changed", { timeout: 60_000 }, async () => {
    await writeModules("first");
    await makeBundle(module);
    expect(freshBundle(module)).toBe(bundleFiles[0]);
    await writeFile(path.join(dir, "word.ts"), `export const word: string = "second";\n`);
    expect(freshBundle(module)).toBeUndefined();
    expect((await echo(null)).word).toBe("second");
  });
});
