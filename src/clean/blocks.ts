/**
 * Content lines → body blocks. One line per paragraph is the common shape of pasted articles;
 * hard-wrapped text (lines cut at ~70 characters inside a paragraph) is joined back. Short
 * heading-shaped lines between paragraphs are subheads.
 */
import type { BodyBlock } from "../model.ts";

export interface ContentLine {
  text: string;
  number: number;
  /** A blank line came before this one. */
  afterGap: boolean;
}

export function toBlocks(lines: readonly ContentLine[]): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const run of runsBetweenGaps(lines)) {
    if (isHardWrapped(run)) blocks.push({ kind: "paragraph", text: run.map((line) => line.text).join(" ") });
    else for (const line of run) blocks.push({ kind: "paragraph", text: line.text });
  }
  return blocks.map((block, index) =>
    index > 0 && index < blocks.length - 1 && isSubheadLike(block.text) ? { kind: "subhead", text: block.text } : block,
  );
}

/** A subhead: one to fourteen words, capitalised, no sentence punctuation at the end. */
export function isSubheadLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return text.length <= 100 && words >= 1 && words <= 14 && /^["“‘]?\p{Lu}/u.test(text) && !/[.,;:!?"”’]$/.test(text) && !/^[-•*–]\s/.test(text);
}

function runsBetweenGaps(lines: readonly ContentLine[]): ContentLine[][] {
  const runs: ContentLine[][] = [];
  for (const line of lines) {
    const last = runs.at(-1);
    if (last && !line.afterGap && line.number === (last.at(-1)?.number ?? 0) + 1) last.push(line);
    else runs.push([line]);
  }
  return runs;
}

/** Every line but the last is of wrapping width and most do not end a sentence. */
function isHardWrapped(run: readonly ContentLine[]): boolean {
  if (run.length < 2) return false;
  const wrapped = run.slice(0, -1);
  const atWidth = wrapped.every((line) => line.text.length >= 30 && line.text.length <= 110);
  const midSentence = wrapped.filter((line) => !/[.!?:"”]$/.test(line.text)).length;
  return atWidth && midSentence * 2 >= wrapped.length;
}
