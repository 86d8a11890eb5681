/**
 * The entry body as HTML: the escaped Markdown from src/entries rendered by markdown-it with raw
 * HTML, autolinks and typographic replacements off, and links and images disabled as a second
 * guard. This HTML is the only article-derived string templates mark safe.
 */
import MarkdownIt from "markdown-it";
import { bodyToMarkdown } from "../entries/markdown.ts";
import type { BodyBlock } from "../model.ts";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable([
  "link",
  "image",
  "autolink",
]);

export function renderBodyHtml(body: readonly BodyBlock[]): string {
  return markdown.render(bodyToMarkdown(body));
}
