/** The cleaner works on lines: trimmed text with the 1-based line number it came from. */

export interface Line {
  text: string;
  number: number;
}

/**
 * Scraped text is full of no-break and thin spaces; inside a line any run of spaces is one space.
 * A line of nothing but invisible format characters (zero-width spaces, direction marks) is blank.
 */
export function toLines(text: string): Line[] {
  return text.split("\n").map((raw, index) => {
    const tidy = raw.replace(/[\p{Zs}\t]+/gu, " ").trim();
    return { text: /^[\p{Cf}\s]*$/u.test(tidy) ? "" : tidy, number: index + 1 };
  });
}

/** Headline-shaped: a short run of words without sentence-final punctuation, not a list item. */
export function isHeadlineLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return text.length <= 200 && words >= 3 && words <= 30 && !/[.,;:]$/.test(text) && !/^[-•*–]\s/.test(text);
}
