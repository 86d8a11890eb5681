/** `npm run serve`: serves the built `_site/` on http://localhost:8080 (PORT to change). */
import { access } from "node:fs/promises";
import path from "node:path";
import { serveDirectory } from "./static-server.ts";

const site = path.join(process.cwd(), "_site");
try {
  await access(path.join(site, "index.html"));
} catch {
  console.error("No built site in _site/. Run `npm run build` first.");
  process.exit(1);
}
const server = await serveDirectory(site, Number(process.env.PORT ?? 8080));
console.log(`Serving _site/ at ${server.url.replace("127.0.0.1", "localhost")} (Ctrl+C to stop)`);
