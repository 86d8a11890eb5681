/**
 * Progress of a long step (articles done / total, rate, time left). On a terminal one line is
 * redrawn in place; elsewhere (CI, a log file) a plain line is printed every few seconds. Short
 * steps print nothing. Written to stderr, so `--json` output on stdout stays clean.
 */

/** Steps with fewer items than this finish before progress would help. */
const MIN_ITEMS = 200;
const TERMINAL_INTERVAL_MS = 250;
const LOG_INTERVAL_MS = 5_000;

export interface Progress {
  advance(count: number): void;
  finish(): void;
}

interface Output {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function progress(label: string, total: number, output: Output = process.stderr, now: () => number = () => performance.now()): Progress {
  if (total < MIN_ITEMS) return { advance() {}, finish() {} };
  const started = now();
  const interval = output.isTTY ? TERMINAL_INTERVAL_MS : LOG_INTERVAL_MS;
  let done = 0;
  let lastShown = started;
  const line = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
    return `${label}: ${done}/${total} (${Math.round((done / total) * 100)}%), ${rate.toFixed(0)}/s${left === null ? "" : `, ~${left} s left`}`;
  };
  return {
    advance(count) {
      done = Math.min(total, done + count);
      if (now() - lastShown < interval) return;
      lastShown = now();
      output.write(output.isTTY ? `\r\x1b[K${line()}` : `${line()}\n`);
    },
    finish() {
      const seconds = ((now() - started) / 1000).toFixed(1);
      output.write(`${output.isTTY ? "\r\x1b[K" : ""}${label}: ${done}/${total} in ${seconds} s\n`);
    },
  };
}
