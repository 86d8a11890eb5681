import fc from "fast-check";
import { expect, test } from "vitest";
import { renderBodyHtml, renderWithMarkdownIt } from "../../src/site/body-html.ts";

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

test("written directly or through markdown-it, any body renders the same", () => {
  // Text from syntax characters, spaces, line breaks, control and odd Unicode characters.
  const piece = fc.constantFrom(..."ab Z09 \t\n\r\0\x0b\x0c\u00a0\u2028\u2029\u0085’—é😀\\`*_[]<>&!|~{}()#+-.=:\"'$%,/;?@^", "    ", "1.", "- ", "> ", "# ", "```", "***", "&amp;", "<b>", "[a](b)", "http://x.y");
  const block = fc.record({ kind: fc.constantFrom("paragraph" as const, "subhead" as const), text: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")) });
  fc.assert(
    fc.property(fc.array(block, { maxLength: 4 }), (body) => {
      expect(renderBodyHtml(body)).toBe(renderWithMarkdownIt(body));
    }),
    { numRuns: 3000 },
  );
});

test("a body of ordinary text is one element per block, the text escaped as markdown-it escapes it", () => {
  const body = [
    { kind: "subhead" as const, text: "Talks in Doha & Cairo" },
    { kind: "paragraph" as const, text: `He said "no" <twice> — it's 5 % of 1,200.\nThen left.` },
  ];
  expect(renderBodyHtml(body)).toBe("<h2>Talks in Doha &amp; Cairo</h2>\n<p>He said &quot;no&quot; &lt;twice&gt; — it's 5 % of 1,200. Then left.</p>\n");
  expect(renderWithMarkdownIt(body)).toBe(renderBodyHtml(body));
});
