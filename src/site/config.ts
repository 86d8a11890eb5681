/**
 * Site settings from `content/site.yaml`: parsed, validated and completed with defaults, so that
 * templates and the feed can rely on every key. A missing file means "all defaults".
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";

export interface SiteConfig {
  /** Site name: header, `<title>` suffix, feed title. */
  title: string;
  /** One sentence for the home page meta description and the feed subtitle. */
  description: string;
  /** The origin the site is served from, e.g. `https://news.example.org/` (always ends in `/`). */
  baseUrl: string;
  /** Sub-path the site lives under, e.g. `/timeline/` (`/` for the root; starts and ends in `/`). */
  pathPrefix: string;
  /** BCP 47 language tag of the articles, e.g. `en`. */
  language: string;
  /** Name credited as the feed author. */
  author: string;
}

export const DEFAULT_SITE_CONFIG: Readonly<SiteConfig> = Object.freeze({
  title: "Timeline",
  description: "A dated timeline of news articles, with the people, places and figures in them.",
  baseUrl: "https://example.org/",
  pathPrefix: "/",
  language: "en",
  author: "The newsroom",
});

const KEYS = Object.keys(DEFAULT_SITE_CONFIG) as (keyof SiteConfig)[];

export class SiteConfigError extends Error {
  override name = "SiteConfigError";
}

/** Parses the YAML text of a site settings file; `label` names the file in error messages. */
export function parseSiteConfig(yamlText: string, label: string): SiteConfig {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw new SiteConfigError(`${label}: not valid YAML: ${(error as Error).message}`);
  }
  if (raw === null || raw === undefined) return { ...DEFAULT_SITE_CONFIG };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new SiteConfigError(`${label}: expected a mapping of settings (key: value), got ${describe(raw)}`);
  }
  const settings = raw as Record<string, unknown>;
  const unknown = Object.keys(settings).filter((key) => !(KEYS as string[]).includes(key));
  if (unknown.length > 0) {
    throw new SiteConfigError(
      `${label}: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `"${k}"`).join(", ")}; ` +
        `allowed keys: ${KEYS.join(", ")}`,
    );
  }
  const text = (key: keyof SiteConfig): string => {
    const value = settings[key];
    if (value === undefined || value === null) return DEFAULT_SITE_CONFIG[key];
    if (typeof value !== "string" || value.trim() === "") {
      throw new SiteConfigError(`${label}: "${key}" must be a non-empty string, got ${describe(value)}`);
    }
    return value.trim();
  };
  return {
    title: text("title"),
    description: text("description"),
    baseUrl: checkBaseUrl(text("baseUrl"), label),
    pathPrefix: checkPathPrefix(text("pathPrefix"), label),
    language: checkLanguage(text("language"), label),
    author: text("author"),
  };
}

/** The settings file of a project: `content/site.yaml`, or the file named in TIMELINE_SITE_CONFIG. */
export function siteConfigPath(projectRoot: string): string {
  return path.resolve(projectRoot, process.env.TIMELINE_SITE_CONFIG ?? "content/site.yaml");
}

/** The templates folder as configured: TIMELINE_TEMPLATES_DIR, else `templates` (relative to the project root). */
export function templatesDirSetting(): string {
  return process.env.TIMELINE_TEMPLATES_DIR ?? "templates";
}

/** Reads the settings file; a file that does not exist yields the defaults. */
export async function loadSiteConfig(filePath: string, label = filePath): Promise<SiteConfig> {
  let yamlText: string;
  try {
    yamlText = await readFile(filePath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { ...DEFAULT_SITE_CONFIG };
    throw error;
  }
  return parseSiteConfig(yamlText, label);
}

function checkBaseUrl(value: string, label: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteConfigError(`${label}: "baseUrl" must be an absolute URL such as https://example.org/, got "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SiteConfigError(`${label}: "baseUrl" must start with https:// or http://, got "${value}"`);
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    throw new SiteConfigError(
      `${label}: "baseUrl" must be the bare origin (${url.origin}/); put the sub-path "${url.pathname}" in "pathPrefix"`,
    );
  }
  return `${url.origin}/`;
}

function checkPathPrefix(value: string, label: string): string {
  const segments = value.split("/").filter(Boolean);
  if (segments.some((s) => s === "." || s === ".." || !/^[A-Za-z0-9._~-]+$/.test(s))) {
    throw new SiteConfigError(
      `${label}: "pathPrefix" must be a URL path of letters, digits, ".", "_", "~" and "-" such as /timeline/, got "${value}"`,
    );
  }
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

function checkLanguage(value: string, label: string): string {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) {
    throw new SiteConfigError(`${label}: "language" must be a language tag such as en or en-GB, got "${value}"`);
  }
  return value;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  return value === null ? "nothing" : `${typeof value} ${JSON.stringify(value)}`;
}
