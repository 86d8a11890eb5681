/**
 * Eleventy configuration: renders the generated entries (`.timeline/entries/*.md`, or the folder
 * in TIMELINE_ENTRIES_DIR) through the Nunjucks pages in `templates/` into `_site/`.
 *
 * The entries are global data (`timeline`), never templates: article text reaches pages only
 * as data, which Nunjucks autoescapes; only the markdown-it body HTML is marked safe. The
 * repeated pages paginate over `pages` (src/site/pages.ts): all of them, or, when a build runs
 * Eleventy in its own process (src/site/prepared.ts), only those whose data changed.
 *
 * Site settings come from `content/site.yaml`, or the file named in TIMELINE_SITE_CONFIG (tests
 * build with a path prefix that way). The pages come from `templates/`, or the folder named in
 * TIMELINE_TEMPLATES_DIR (tests render a few pages of a very large site that way).
 *
 * Run with `node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`
 * or `new Eleventy("templates", outDir, { configPath: ".eleventy.ts" })` from the project root.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { loadSiteConfig, siteConfigPath, templatesDirSetting } from "./src/site/config.ts";
import { buildSiteData } from "./src/site/data.ts";
import type { SiteData } from "./src/site/data.ts";
import { EXPORT_FILE, writeTimelineExport } from "./src/site/export.ts";
import { feedItems } from "./src/site/feed.ts";
import { siteFilters } from "./src/site/filters.ts";
import { indexEntries, searchEntryOf } from "./src/search/index.ts";
import { loadEntries } from "./src/site/load.ts";
import { oneOffTemplates } from "./src/site/one-off-templates.ts";
import { selectPages } from "./src/site/pages.ts";
import { preparedSite } from "./src/site/prepared.ts";

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

/** Under `npm run dev`, how long Eleventy waits after a changed file for more before it rebuilds. */
const WATCH_BURST_MS = 200;

export default async function configure(eleventyConfig: UserConfig) {
  const entriesDir = path.resolve(projectRoot, process.env.TIMELINE_ENTRIES_DIR ?? ".timeline/entries");
  const settingsFile = siteConfigPath(projectRoot);
  const site = await loadSiteConfig(settingsFile, path.relative(projectRoot, settingsFile));

  // Loaded once per build (global data and the feed collection share it), again on every rebuild.
  let timeline: Promise<SiteData> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    timeline = undefined;
  });
  const prepared = preparedSite();
  const getTimeline = () => (timeline ??= loadTimeline());
  const loadTimeline = async () => prepared?.data ?? buildSiteData(await loadEntries(entriesDir));
  const getPages = async () => (prepared ? selectPages(prepared.data.pages, prepared.render) : (await getTimeline()).pages);
  const templatesDir = templatesDirSetting();
  // A build renders the one-off pages (and copies the assets, writes the feed) in its first run only.
  const rendersOneOffs = !prepared || prepared.oneOffs;
  if (!rendersOneOffs) {
    for (const file of await oneOffTemplates(templatesDir)) eleventyConfig.ignores.add(file);
  }

  // Nunjucks escapes by default; say so, so that no later option can turn it off unnoticed.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.addWatchTarget(entriesDir);
  // Writing the entries changes several files of that folder (an entry, two records) in a burst:
  // one rebuild and one browser reload for it, not one for each file, however slowly they land.
  eleventyConfig.setWatchThrottleWaitTime(WATCH_BURST_MS);
  // Site settings are read at config time, so a change must reload the whole config. Eleventy
  // matches changed files by their path relative to the working directory.
  eleventyConfig.addWatchTarget(path.relative(process.cwd(), settingsFile), { resetConfig: true });

  eleventyConfig.addGlobalData("site", site);
  // Under `npm run dev` pages must let Eleventy's live-reload script run (see src/site/csp.ts).
  eleventyConfig.addGlobalData("dev", Boolean(process.env.TIMELINE_DEV));
  eleventyConfig.addGlobalData("timeline", getTimeline);
  eleventyConfig.addGlobalData("pages", getPages);
  eleventyConfig.addCollection("timelineFeed", async () => feedItems((await getTimeline()).entries));
  for (const [name, filter] of Object.entries(siteFilters)) eleventyConfig.addFilter(name, filter);

  // `npm run dev` has no build step after Eleventy's, so the search index is made here.
  if (process.env.TIMELINE_DEV) {
    // `directories.output` is the folder Eleventy writes to; the deprecated `dir.output` ignores an output folder given by the caller.
    eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
      const entries = (await getTimeline()).entries.map(searchEntryOf);
      await indexEntries({ siteDir: directories.output, language: site.language, templatesDir: path.resolve(projectRoot, templatesDir), entries });
    });
  }

  if (rendersOneOffs) {
    eleventyConfig.addPassthroughCopy({ [path.join(projectRoot, "templates/assets")]: "assets" });
  }
  // A build indexes for search on another thread, which asks this one for each period's entries
  // (src/search/thread.ts); Eleventy renders a run's pages without ever yielding to other
  // tasks, so each page yields once, letting those requests through while it renders.
  if (prepared) {
    eleventyConfig.addTransform("let-other-tasks-run", async (content: string) => {
      await new Promise((resolve) => setImmediate(resolve));
      return content;
    });
  }
  // The JSON export is data, not a page: written an entry at a time, never held whole as a
  // template's output. A build writes it itself, while its search index is being made.
  if (!prepared) {
    eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
      await writeTimelineExport((await getTimeline()).entries, path.join(directories.output, EXPORT_FILE));
    });
  }

  // Puts the path prefix in front of every site URL of every page. At "/" it changes nothing,
  // but still parses each URL of 15,000 pages at 10,000 articles (a second): left out then.
  // (The feed plugin adds it for its own filters, in the run that renders the feed.)
  if (site.pathPrefix !== "/") eleventyConfig.addPlugin(HtmlBasePlugin, { baseHref: site.pathPrefix });
  // The feed is a one-off page too (a virtual template of the plugin).
  if (rendersOneOffs) {
    eleventyConfig.addPlugin(feedPlugin, {
      type: "atom",
      outputPath: "/feed.xml",
      collection: { name: "timelineFeed", limit: 0 },
      metadata: {
        language: site.language,
        title: site.title,
        subtitle: site.description,
        base: site.baseUrl,
        author: { name: site.author },
      },
    });
    // Runs after the feed plugin and replaces its filter: an empty timeline must not stamp the
    // feed with the build time (the plugin's fallback), so it gets the Unix epoch instead.
    eleventyConfig.addPlugin((config: UserConfig) => {
      config.addNunjucksFilter("getNewestCollectionItemDate", (items: { date: Date }[]) =>
        new Date(Math.max(0, ...items.map((item) => item.date.getTime()))),
      );
    });
  }

  return {
    // No `output` here: it would override the output folder a programmatic caller passes.
    dir: { input: templatesDir, includes: "_includes", data: "_data" },
    pathPrefix: site.pathPrefix,
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
