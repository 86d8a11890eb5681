/**
 * Starts a worker thread running one of this project's TypeScript modules.
 *
 * `--import tsx` does not reach worker threads on Node 20, so a worker can register tsx itself,
 * and then loads each of its hundred-odd modules through a loader thread of its own: well over
 * a second of CPU per worker, more than a rebuild spends on its one new article. So a worker
 * runs, when there is one, a bundle of its module and the project modules it imports (packages
 * stay imports), made by esbuild and kept in `node_modules/.cache/timeline/` with a hash of each
 * file it was made from. A bundle is used only while every one of those files is unchanged;
 * otherwise the worker runs through tsx, and a new bundle is made meanwhile for the next one.
 * A bundle that cannot be made or written (a read-only checkout) costs nothing but that speed.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId, Worker } from "node:worker_threads";
import { compareCodeUnits } from "./text/compare.ts";

/** Bumped whenever how bundles are made changes: older ones are made again. */
const BUNDLE_FORMAT = 1;

/** This checkout: `src/`'s parent. */
const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const bundleDir = path.join(projectRoot, "node_modules", ".cache", "timeline");

/** What a bundle was made from: each file (relative to the project) and its hash, and the bundle's own. */
interface BundleRecord {
  format: number;
  inputs: Record<string, string>;
  bundle: string;
}

export function startTsWorker(module: URL, workerData: unknown): Worker {
  const bundle = freshBundle(module);
  if (bundle) return new Worker(bundle, { workerData });
  void makeBundle(module);
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Where the bundle of `module` and its record go. */
function bundlePaths(module: URL): { bundle: string; record: string } {
  const name = path.relative(projectRoot, fileURLToPath(module)).replace(/\.ts$/, "").replace(/[\\/]/g, "-");
  return { bundle: path.join(bundleDir, `${name}.mjs`), record: path.join(bundleDir, `${name}.json`) };
}

/** The bundle of `module`, if one was made from the files as they are now. */
export function freshBundle(module: URL): string | undefined {
  const { bundle, record } = bundlePaths(module);
  try {
    const made = JSON.parse(readFileSync(record, "utf8")) as BundleRecord;
    if (made.format !== BUNDLE_FORMAT || sha256(readFileSync(bundle)) !== made.bundle) return undefined;
    for (const [file, hash] of Object.entries(made.inputs)) {
      if (sha256(readFileSync(path.join(projectRoot, file))) !== hash) return undefined;
    }
    return bundle;
  } catch {
    return undefined; // none yet, or a file gone
  }
}

/** Bundles being made by this process, by module: a build starts several workers of one module at once. */
const making = new Map<string, Promise<void>>();

/** Makes the bundle of `module` and its record, or joins the one being made; never fails (see the top of this file). */
export function makeBundle(module: URL): Promise<void> {
  let made = making.get(module.href);
  if (!made) {
    made = bundle(module)
      .catch(() => undefined)
      .finally(() => making.delete(module.href));
    making.set(module.href, made);
  }
  return made;
}

async function bundle(module: URL): Promise<void> {
  // Loaded only to make a bundle: most builds use the one made before.
  const { build } = await import("esbuild");
  const { bundle: bundleFile, record: recordFile } = bundlePaths(module);
  // The hash of each file as it was read, not as it may be by the time the bundle is written.
  const inputs: Record<string, string> = {};
  const result = await build({
    entryPoints: [fileURLToPath(module)],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    keepNames: true,
    write: false,
    metafile: true,
    absWorkingDir: projectRoot,
    logLevel: "silent",
    plugins: [
      {
        name: "own-module-urls",
        setup(build) {
          // A module's `import.meta.url` stays its own file's, not the bundle's: code finds
          // files beside itself with it (src/search hashes its own folder).
          build.onLoad({ filter: /\.ts$/ }, (args) => {
            const text = readFileSync(args.path, "utf8");
            inputs[path.relative(projectRoot, args.path)] = sha256(text);
            return { contents: text.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" };
          });
        },
      },
    ],
  });
  // Only TypeScript is bundled (packages stay imports): anything else read would go unchecked.
  if (Object.keys(result.metafile.inputs).some((input) => !input.endsWith(".ts"))) return;
  const code = result.outputFiles[0]!.contents;
  const record: BundleRecord = { format: BUNDLE_FORMAT, inputs: Object.fromEntries(Object.entries(inputs).sort(([a], [b]) => compareCodeUnits(a, b))), bundle: sha256(code) };
  mkdirSync(bundleDir, { recursive: true });
  // Each file written whole under another name, then renamed: another process may be reading.
  const temporary = (file: string) => `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary(bundleFile), code);
  renameSync(temporary(bundleFile), bundleFile);
  writeFileSync(temporary(recordFile), `${JSON.stringify(record)}\n`);
  renameSync(temporary(recordFile), recordFile);
}

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
