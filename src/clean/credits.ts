/**
 * Credit lines: who wrote and reported the article. They name reporters, who are never people
 * in the news, so they leave the body for `byline` / `contributors` (the raw lines are kept as
 * evidence of the outlet).
 */

/** "X, Y and Z contributed reporting.", "… contributed to this report from Washington." */
const CONTRIBUTED = /^(.+?)\s+(?:also\s+)?contributed(?:\s+(?:reporting|to this (?:report|story|article)|additional reporting))(?:\s+(?:from|in)\s+[^.]+)?\.?$/i;

/** "Associated Press writers Ana Lima and Bo Chen contributed." (names only before the verb). */
const STAFF_CONTRIBUTED =
  /^(?:[\p{Lu}][\p{L}&.'’-]*\s+){0,4}(?:writers?|reporters?|correspondents?|journalists?|staff)\s+(\p{Lu}[\p{L}.'’ ,&-]{2,200}?)\s+contributed\.?$/u;

/** Wire-service credits: "Reporting by Jane Doe in London; Editing by Sam Smith". */
const WIRE_CREDIT = /^(?:additional\s+)?(?:reporting|writing|editing|research)\s+by\s+/i;
const WIRE_PART = /^(?:additional\s+)?(?:reporting|writing|editing|research)\s+by\s+(.+)$/i;
const PERSON_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** "By Jane Doe", "By Jane Doe and John Roe, CNN" */
const BYLINE = /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)(?:\s*[,|–—-]\s*[\p{L} ]{2,40})?$/iu;

/** "Jane Doe is the chief foreign affairs correspondent …": an author bio at the foot. */
const BIO =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+is\s+(?:a|an|the|our)\b[^.]*\b(?:reporter|correspondent|editor|writer|journalist|moderator|anchor|columnist|host|producer|contributor|analyst|bureau chief|photographer)\b/u;

export function contributorsOf(line: string): string[] | null {
  const text = line.trim();
  const match = CONTRIBUTED.exec(text) ?? STAFF_CONTRIBUTED.exec(text);
  if (match) return splitNames(stripOutletPrefix(match[1] ?? ""));
  return WIRE_CREDIT.test(text) && text.length <= 300 ? wireCreditNames(text) : null;
}

/**
 * Each `;`-separated part names people for one job; "in London" after a name says where, not
 * who. Every piece must be a capitalised name, or the line is prose ("Reporting by local media…").
 */
function wireCreditNames(text: string): string[] | null {
  const names: string[] = [];
  for (const part of text.replace(/\.$/, "").split(/\s*;\s*/)) {
    const match = WIRE_PART.exec(part);
    if (!match) return null;
    names.push(...splitNames(match[1] ?? "").map((name) => name.replace(/\s+(?:in|from)\s+\p{Lu}.*$/u, "")));
  }
  return names.length && names.every((name) => PERSON_NAME.test(name)) ? names : null;
}

export function bylineOf(line: string): string[] | null {
  const match = BYLINE.exec(line.trim());
  return match ? splitNames(match[1] ?? "") : null;
}

/** The author's name from a foot-of-article bio, or null. */
export function bioAuthorOf(line: string): string | null {
  return BIO.exec(line.trim())?.[1] ?? null;
}

/** "CNN’s Tamar Michaelis" / "CNNs Tamar Michaelis" / "The AP’s …": drop the outlet's possessive. */
function stripOutletPrefix(names: string): string {
  return names.replace(/^(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,2}(?:['’]s|(?<=\p{Lu})s)\s+/u, "");
}

function splitNames(names: string): string[] {
  return names
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((name) => name.trim().replace(/\.$/, ""))
    .filter((name) => name !== "");
}
