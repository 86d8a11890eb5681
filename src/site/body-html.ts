/**
 * The entry body as HTML: the escaped Markdown from src/entries rendered by markdown-it with raw
 * HTML, autolinks and typographic replacements off, and links and images disabled as a second
 * guard. This HTML is the only article-derived string templates mark safe.
 *
 * Since every syntax character is escaped, a block of ordinary text can only become one `<p>` (or
 * `<h2>`) holding the text HTML-escaped the way markdown-it escapes it; such bodies are written
 * directly (markdown-it is the slow part of a 10,000-article build). Any block that is not
 * ordinary text (empty, edged with white space, holding control characters or line separators)
 * sends the whole body through markdown-it. tests/site/body-html.test.ts holds the two paths equal.
 */
import MarkdownIt from "markdown-it";
import { bodyToMarkdown } from "../entries/markdown.ts";
import type { BodyBlock } from "../model.ts";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable([
  "link",
  "image",
  "autolink",
]);

/**
 * One pass over a block finds both what HTML escapes (`&<>"`, as markdown-it escapes them) and
 * what stops the block from being ordinary text: control characters and line separators.
 */
const SPECIAL = /[\0-\x1f\x7f\x85\u2028\u2029&<>"]/g;
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const SPACE = /\s/;

export function renderBodyHtml(body: readonly BodyBlock[]): string {
  let html = "";
  for (const block of body) {
    // bodyToMarkdown keeps each block on one line the same way (tested first: the replace is slow).
    const text = block.text.includes("\n") ? block.text.replace(/\s*\n\s*/g, " ") : block.text;
    // White space at either edge is not ordinary text either (markdown-it trims it, or reads indented code).
    if (text === "" || SPACE.test(text.charAt(0)) || SPACE.test(text.charAt(text.length - 1))) return renderWithMarkdownIt(body);
    let ordinary = true;
    const escaped = text.replace(SPECIAL, (c) => HTML_ESCAPES[c] ?? ((ordinary = false), c));
    if (!ordinary) return renderWithMarkdownIt(body);
    const element = block.kind === "subhead" ? "h2" : "p";
    html += `<${element}>${escaped}</${element}>\n`;
  }
  return html;
}

/** The body through markdown-it: the reference the direct path must equal. */
export function renderWithMarkdownIt(body: readonly BodyBlock[]): string {
  return markdown.render(bodyToMarkdown(body));
}
