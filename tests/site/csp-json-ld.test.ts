import { describe, expect, test } from "vitest";
import { contentSecurityPolicy } from "../../src/site/csp.ts";
import { DEFAULT_SITE_CONFIG } from "../../src/site/config.ts";
import { absoluteUrl, newsArticleJsonLd, serializeJsonLd } from "../../src/site/json-ld.ts";
import { makeEntry } from "../support/entries.ts";

describe("Content-Security-Policy", () => {
  const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

  test("pages run no script and load only this site's styles and images", () => {
    const policy = contentSecurityPolicy("none");
    expect(directive(policy, "default-src")).toBe("default-src 'none'");
    expect(directive(policy, "script-src")).toBe("script-src 'none'");
    expect(directive(policy, "style-src")).toBe("style-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toMatch(/frame-ancestors|report-uri|sandbox/); // ignored in a <meta>, with a console error
  });

  test("the search page allows Pagefind's files, WebAssembly and worker, and nothing inline", () => {
    const policy = contentSecurityPolicy("search");
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(policy, "worker-src")).toBe("worker-src 'self'");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self'");
    expect(policy).not.toMatch(/'unsafe-(inline|eval)'|blob:/);
  });

  test("under npm run dev the live-reload script may load", () => {
    expect(directive(contentSecurityPolicy("none", true), "script-src")).toBe("script-src 'self'");
    expect(directive(contentSecurityPolicy("none"), "worker-src")).toBe("worker-src 'none'");
  });
});

describe("NewsArticle JSON-LD", () => {
  const site = { ...DEFAULT_SITE_CONFIG, baseUrl: "https://news.example.org/", pathPrefix: "/timeline/" };
  const entry = {
    ...makeEntry("talks", {
      title: "Talks </script><script>alert(1)</script> <!--",
      lead: "Lead & more \u2028 line",
      outlet: "CBS News",
      byline: ["Margaret Brennan"],
      date: { date: "2024-05-25", precision: "month", range: { earliest: "2024-05-01", latest: "2024-05-31" }, source: "inferred" },
    }),
    people: [{ name: "David Barnea", url: "/people/david-barnea/" }],
    places: [{ name: "Doha", url: "/places/doha/", lat: 25.29, lon: 51.53 }],
  };

  test("article text cannot close the script element or open a comment", () => {
    const text = newsArticleJsonLd(entry, site);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data.headline).toBe(entry.title);
    expect(data.description).toBe(entry.lead);
  });

  test("says what is known: date as precise as it is, people and places, absolute URLs under the prefix", () => {
    const data = JSON.parse(newsArticleJsonLd(entry, site)) as Record<string, unknown>;
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      datePublished: "2024-05",
      url: "https://news.example.org/timeline/entries/talks/",
      author: [{ "@type": "Person", name: "Margaret Brennan" }],
      publisher: { "@type": "Organization", name: "CBS News" },
    });
    expect(data.mentions).toEqual([
      { "@type": "Person", name: "David Barnea", url: "https://news.example.org/timeline/people/david-barnea/" },
      { "@type": "Place", name: "Doha", url: "https://news.example.org/timeline/places/doha/", geo: { "@type": "GeoCoordinates", latitude: 25.29, longitude: 51.53 } },
    ]);
  });

  test("helpers", () => {
    expect(absoluteUrl({ baseUrl: "https://example.org/", pathPrefix: "/" }, "/people/")).toBe("https://example.org/people/");
    expect(serializeJsonLd({ a: "<b>" })).toBe('{"a":"\\u003cb\\u003e"}');
  });
});
