/**
 * Static server for a built site in browser tests: the project's own loopback server
 * (src/cli/static-server.ts, also behind `npm run serve`) on an ephemeral port, so tests
 * exercise what readers get: `/dir/` → `dir/index.html`, missing pages → `404.html` with 404.
 */
export { serveDirectory, type RunningServer } from "../../src/cli/static-server.ts";
