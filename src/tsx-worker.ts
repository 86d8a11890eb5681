/**
 * Starts a worker thread running one of this project's TypeScript modules. `--import tsx` does
 * not reach worker threads on Node 20, so the worker registers tsx before importing the module.
 */
import { Worker } from "node:worker_threads";

export function startTsWorker(module: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
