/**
 * Photo captions: a caption line followed by its credit ("Leon Neal/Getty Images/FILE",
 * "Photo: Jane Doe/Reuters"). The caption stays readable on the page, marked as a caption.
 */

const SLASH_CREDIT = /^\p{Lu}[\p{L}.'’ -]{1,40}(?:\s*\/\s*[\p{L}\p{N}.'’& -]{1,40}){1,3}$/u;
const LABELLED_CREDIT = /^(?:photo|image|picture|credit|photograph|video)(?:\s+credit)?\s*:\s*\S.{0,80}$/i;

export function isPhotoCredit(line: string): boolean {
  const text = line.trim();
  return text.length <= 100 && (SLASH_CREDIT.test(text) || LABELLED_CREDIT.test(text));
}

/** A caption is a short descriptive line, not a headline or a list item. */
export function isCaptionCandidate(line: string): boolean {
  return line.length >= 20 && line.length <= 400 && !/^[-•*]\s/.test(line);
}
