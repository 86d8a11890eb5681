/**
 * Entry ⇄ Markdown file. The front matter holds every field of the Entry but `body` (YAML in
 * gray-matter's format: written by ./yaml.ts, read by gray-matter); the Markdown body holds the cleaned text with every character that
 * Markdown could read as syntax escaped, so that article text always renders literally.
 */
import matter from "gray-matter";
import type { BodyBlock, Entry } from "../model.ts";
import { frontMatterYaml } from "./yaml.ts";

/** Characters markdown-it treats as syntax somewhere in a line (CommonMark escapable subset). */
const INLINE_SYNTAX = /[\\`*_[\]<>&!|~{}()#+\-.=:"']/g;

/** Escapes text so markdown-it renders it as the same literal characters. */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_SYNTAX, "\\$&");
}

/** The Markdown body: subheads as `##` headings, paragraphs as paragraphs. */
export function bodyToMarkdown(body: readonly BodyBlock[]): string {
  return body
    .map((block) => {
      // A paragraph is one line of text; collapse stray newlines so it stays one Markdown paragraph.
      const text = escapeMarkdown(block.text.includes("\n") ? block.text.replace(/\s*\n\s*/g, " ") : block.text);
      return block.kind === "subhead" ? `## ${text}` : text;
    })
    .join("\n\n");
}

/** The entry file, exactly as `matter.stringify(bodyMarkdown, frontMatter)` writes it (YAML from ./yaml.ts). */
export function entryToMarkdown(entry: Entry): string {
  const { body, ...data } = entry;
  // gray-matter drops a byte-order mark that would start the body.
  return `---\n${frontMatterYaml({ ...data, bodyBlocks: body })}\n---\n${bodyToMarkdown(body).replace(/^\uFEFF/, "")}\n`;
}

/** Parses an entry file written by `entryToMarkdown`. */
export function markdownToEntry(fileText: string): Entry {
  // Any options object turns off gray-matter's unbounded per-input cache (it would hold every file read).
  const parsed = matter(fileText, {});
  const { bodyBlocks, ...data } = parsed.data as Omit<Entry, "body"> & { bodyBlocks: BodyBlock[] };
  return { ...data, body: bodyBlocks } as Entry;
}
