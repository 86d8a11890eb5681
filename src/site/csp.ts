/**
 * The Content-Security-Policy of each page, delivered in a `<meta http-equiv>` so that it holds on
 * any static host. Pages run no script at all; the search page runs only Pagefind's files from this
 * site: its UI and search code ('self'), its WebAssembly ('wasm-unsafe-eval', which allows
 * compiling WebAssembly and nothing else), its worker (pagefind-worker.js, 'self') and the index
 * it fetches (connect-src 'self'), and the search icon its stylesheet embeds as a data: URL
 * (img-src data:). No inline script anywhere: JSON-LD is a data block (a script
 * element of a non-JavaScript type), which is never executed and so not subject to script-src.
 * Under `npm run dev` Eleventy's live-reload client (a script file plus a WebSocket to the same
 * server) is allowed too. connect-src is 'self' on every page: with no script allowed the page
 * itself can open no connection, and tools that fetch from inside the page (Lighthouse reads
 * robots.txt that way) keep working.
 */

export type PageScripts = "none" | "search";

export function contentSecurityPolicy(scripts: PageScripts, dev = false): string {
  const search = scripts === "search";
  const scriptSources = [...(search || dev ? ["'self'"] : []), ...(search ? ["'wasm-unsafe-eval'"] : [])];
  const directives: [string, string[]][] = [
    ["default-src", []],
    ["script-src", scriptSources],
    ["style-src", ["'self'"]],
    ["img-src", search ? ["'self'", "data:"] : ["'self'"]],
    ["connect-src", ["'self'"]],
    ["worker-src", search ? ["'self'"] : []],
    ["base-uri", []],
    ["form-action", []],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.length ? sources.join(" ") : "'none'"}`).join("; ");
}
