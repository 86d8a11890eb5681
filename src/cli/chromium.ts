/**
 * Debian's Chromium, as the audit and the browser tests start it. The networking flags matter:
 * without them Chromium keeps trying to reach hosts this machine cannot reach.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;
