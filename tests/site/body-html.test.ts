import { expect, test } from "vitest";
import { renderBodyHtml } from "../../src/site/body-html.ts";

test("paragraphs and subheads become <p> and <h2>", () => {
  expect(renderBodyHtml([{ kind: "subhead", text: "Complete blockade" }, { kind: "paragraph", text: "Israel said so." }])).toBe(
    "<h2>Complete blockade</h2>\n<p>Israel said so.</p>\n",
  );
});

test("markup, template syntax and Markdown in article text stay literal text", () => {
  const hostile = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }} {% raw %} ${x}",
    "[x](javascript:alert(1)) ![i](http://e.x/i.png) <http://e.x>",
    "*not emphasis* _nor this_ `nor code` # not a heading",
    "1. not a list",
    "> not a quote",
    "&amp; stays &amp;",
  ];
  const html = renderBodyHtml(hostile.map((text) => ({ kind: "paragraph" as const, text })));
  expect(html).not.toMatch(/<(script|img|a|em|strong|code|ol|ul|blockquote|h1)\b/);
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  expect(html).toContain("{{ 7*7 }} {% raw %} ${x}");
  expect(html).toContain("[x](javascript:alert(1)) ![i](http://e.x/i.png) &lt;http://e.x&gt;");
  expect(html).toContain("*not emphasis* _nor this_ `nor code` # not a heading");
  expect(html).toContain("<p>1. not a list</p>");
  expect(html).toContain("<p>&gt; not a quote</p>");
  expect(html).toContain("&amp;amp; stays &amp;amp;");
});

test("typographic quotes and dashes are left as written", () => {
  expect(renderBodyHtml([{ kind: "paragraph", text: `"Progress" -- (c) 'yes'...` }])).toBe(
    "<p>&quot;Progress&quot; -- (c) 'yes'...</p>\n",
  );
});
