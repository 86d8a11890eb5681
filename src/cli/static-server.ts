/**
 * A small static file server for a built site: `/dir/` serves `dir/index.html`, unknown paths get
 * the site's `404.html` with status 404, and nothing outside the site folder is ever served.
 * Used by `npm run serve` and by the browser tests. Binds to loopback only.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDirectory(root: string, port = 0): Promise<RunningServer> {
  const siteRoot = path.resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const file = await resolveFile(siteRoot, new URL(request.url ?? "/", "http://localhost").pathname);
      const status = file ? 200 : 404;
      const body = file ?? path.join(siteRoot, "404.html");
      const exists = await stat(body).then((info) => info.isFile(), () => false);
      if (!exists) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
        return;
      }
      response.writeHead(status, { "content-type": TYPES[path.extname(body)] ?? "application/octet-stream" });
      createReadStream(body).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Maps a URL path to a file inside the site, or null. */
async function resolveFile(siteRoot: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.resolve(siteRoot, `.${path.posix.normalize(decoded)}`);
  if (candidate !== siteRoot && !candidate.startsWith(siteRoot + path.sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = path.join(candidate, "index.html");
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}
