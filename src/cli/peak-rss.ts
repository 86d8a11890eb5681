/**
 * Peak memory of a process tree on Linux, read from /proc: the build's Node process and the
 * Pagefind binary it starts are measured separately. VmHWM is each process's own high-water
 * mark, so polling every 100 ms misses nothing but processes that live less than that.
 */
import { readFile, readdir } from "node:fs/promises";

export interface PeakRss {
  /** Peak resident memory in kB, by process name (e.g. "node", "pagefind"). */
  byName: Record<string, number>;
  stop(): Promise<Record<string, number>>;
}

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children: number[] = [];
  for (const task of tasks) {
    const text = await readFile(`/proc/${pid}/task/${task}/children`, "utf8").catch(() => "");
    children.push(...text.split(/\s+/).filter(Boolean).map(Number));
  }
  return children;
}

async function sample(pid: number, peaks: Record<string, number>): Promise<void> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const name = /^Name:\s+(\S+)/m.exec(status)?.[1];
  const hwm = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  if (name && hwm) peaks[name] = Math.max(peaks[name] ?? 0, hwm);
  for (const child of await childrenOf(pid)) await sample(child, peaks);
}

export function watchPeakRss(rootPid: number, intervalMs = 100): PeakRss {
  const byName: Record<string, number> = {};
  let running = true;
  const loop = (async () => {
    while (running) {
      await sample(rootPid, byName);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    byName,
    async stop() {
      running = false;
      await loop;
      return byName;
    },
  };
}
