/**
 * A link checker for a built site: every internal link (`a`, `link`, `script`, `img`, SVG `a`) of
 * every HTML page must lead to a file in the site, and every `#fragment` to an element with that
 * id on the target page. Links are resolved like a browser does, against the page's own URL under
 * the site's path prefix; a link that leaves the prefix is broken. External links are not followed.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Parser } from "htmlparser2";

const ORIGIN = "http://site.test";
const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "xlink:href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  use: ["href", "xlink:href"],
};

interface Page {
  ids: Set<string>;
  links: string[];
}

export async function htmlFiles(siteDir: string): Promise<string[]> {
  const found = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return found
    .filter((d) => d.isFile() && d.name.endsWith(".html"))
    .map((d) => path.relative(siteDir, path.join(d.parentPath, d.name)).split(path.sep).join("/"))
    .sort();
}

function parsePage(html: string): Page {
  const page: Page = { ids: new Set(), links: [] };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) page.ids.add(attributes.id);
        if (name === "a" && attributes.name) page.ids.add(attributes.name);
        for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) page.links.push(value);
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return page;
}

/** Every broken internal link, as "page: link (why)"; empty when all links work. */
export async function findBrokenLinks(siteDir: string, pathPrefix = "/"): Promise<string[]> {
  const files = await htmlFiles(siteDir);
  const pages = new Map<string, Page>();
  const pageOf = async (file: string) => {
    let page = pages.get(file);
    if (!page) pages.set(file, (page = parsePage(await readFile(path.join(siteDir, file), "utf8"))));
    return page;
  };
  const broken: string[] = [];
  for (const file of files) {
    const pageUrl = `${pathPrefix}${file.replace(/(^|\/)index\.html$/, "$1")}`;
    for (const link of (await pageOf(file)).links) {
      const url = new URL(link, `${ORIGIN}${pageUrl}`);
      if (url.origin !== ORIGIN) continue;
      if (!url.pathname.startsWith(pathPrefix)) {
        broken.push(`${file}: ${link} (outside the path prefix ${pathPrefix})`);
        continue;
      }
      const target = decodeURIComponent(url.pathname.slice(pathPrefix.length)) + (url.pathname.endsWith("/") ? "index.html" : "");
      if (!existsSync(path.join(siteDir, target))) {
        broken.push(`${file}: ${link} (no file ${target})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && (!target.endsWith(".html") || !(await pageOf(target)).ids.has(fragment))) {
        broken.push(`${file}: ${link} (no element with id "${fragment}" in ${target})`);
      }
    }
  }
  return broken;
}
