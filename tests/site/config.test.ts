import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_SITE_CONFIG, loadSiteConfig, parseSiteConfig } from "../../src/site/config.ts";
import { PROJECT_ROOT } from "../support/eleventy.ts";

describe("parseSiteConfig", () => {
  test("fills missing keys with defaults", () => {
    expect(parseSiteConfig("title: My timeline\n", "site.yaml")).toEqual({ ...DEFAULT_SITE_CONFIG, title: "My timeline" });
    expect(parseSiteConfig("", "site.yaml")).toEqual(DEFAULT_SITE_CONFIG);
  });

  test("normalises baseUrl and pathPrefix", () => {
    const config = parseSiteConfig("baseUrl: https://news.example.org\npathPrefix: timeline/2024\n", "site.yaml");
    expect(config.baseUrl).toBe("https://news.example.org/");
    expect(config.pathPrefix).toBe("/timeline/2024/");
  });

  test("an unknown key is refused, naming it and the allowed keys", () => {
    expect(() => parseSiteConfig("titel: Oops\n", "content/site.yaml")).toThrow(
      /content\/site\.yaml: unknown key "titel"; allowed keys: title, description, baseUrl, pathPrefix, language, author/,
    );
  });

  test("a bad value is refused, naming the key", () => {
    expect(() => parseSiteConfig("baseUrl: example.org\n", "site.yaml")).toThrow(/"baseUrl" must be an absolute URL/);
    expect(() => parseSiteConfig("baseUrl: https://example.org/news/\n", "site.yaml")).toThrow(/put the sub-path "\/news\/" in "pathPrefix"/);
    expect(() => parseSiteConfig("pathPrefix: /../up/\n", "site.yaml")).toThrow(/"pathPrefix" must be a URL path/);
    expect(() => parseSiteConfig("language: english please\n", "site.yaml")).toThrow(/"language" must be a language tag/);
    expect(() => parseSiteConfig("title: 42\n", "site.yaml")).toThrow(/"title" must be a non-empty string, got number 42/);
  });

  test("YAML that is not a mapping, or not YAML, is refused", () => {
    expect(() => parseSiteConfig("- a\n- b\n", "site.yaml")).toThrow(/expected a mapping/);
    expect(() => parseSiteConfig("title: [unclosed\n", "site.yaml")).toThrow(/site\.yaml: not valid YAML/);
  });
});

describe("loadSiteConfig", () => {
  test("a missing file gives the defaults", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "site-config-"));
    await expect(loadSiteConfig(path.join(dir, "absent.yaml"))).resolves.toEqual(DEFAULT_SITE_CONFIG);
  });

  test("reads a file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "site-config-"));
    await writeFile(path.join(dir, "site.yaml"), "author: Desk\n");
    await expect(loadSiteConfig(path.join(dir, "site.yaml"))).resolves.toMatchObject({ author: "Desk" });
  });

  test("the project's own content/site.yaml is valid", async () => {
    const config = await loadSiteConfig(path.join(PROJECT_ROOT, "content/site.yaml"));
    expect(config.pathPrefix.startsWith("/")).toBe(true);
  });
});
