/**
 * The clean stage: Article → CleanArticle. Separates what the article says (headline,
 * standfirst, body, captions) from what the page around it said (credits, scraped junk).
 * Junk is removed by shape and listed in `boilerplate`; credits go to byline/contributors.
 */
import type { Article, Boilerplate, Caption, CleanArticle } from "../model.ts";
import { isNearRepeat } from "../text/compare.ts";
import { splitSentences } from "../text/sentences.ts";
import { detectBoilerplate } from "./boilerplate.ts";
import { toBlocks, type ContentLine } from "./blocks.ts";
import { isCaptionCandidate, isPhotoCredit } from "./captions.ts";
import { bioAuthorOf, bylineOf, contributorsOf } from "./credits.ts";
import { isHeadlineLike, toLines } from "./lines.ts";

export { generateTitle } from "./title.ts";

/** "Published: Tuesday 12 March 2024", "Updated 9:41 AM EST, Sat May 25, 2024". */
const PUBLICATION_LINE = /^(?:published|updated|first published|last updated|posted|last modified)\b(?:\s+on)?\s*:?\s*(?=.*\b(?:19|20)\d{2}\b).{4,80}$/i;

/** How many lines from the end of the content an author bio may stand. */
const BIO_SEARCH_DEPTH = 3;

export function cleanArticle(article: Article): CleanArticle {
  const lines = toLines(article.text);
  const boilerplate: Boilerplate[] = [];
  const result = {
    topics: [] as string[],
    scrapedDates: [] as string[],
    publicationLines: [] as string[],
    creditLines: [] as string[],
    byline: [] as string[],
    contributors: [] as string[],
  };
  let content: ContentLine[] = [];
  let afterGap = false;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text === "") {
      afterGap = true;
      continue;
    }
    const detection = detectBoilerplate(lines, index);
    if (detection) {
      const claimed = lines.slice(index, index + detection.length).filter((claimedLine) => claimedLine.text !== "");
      boilerplate.push({ kind: detection.kind, text: claimed.map((claimedLine) => claimedLine.text).join("\n"), line: line.number });
      if (detection.kind === "scraped-date") result.scrapedDates.push(line.text);
      result.topics.push(...(detection.topics ?? []));
      index += detection.length - 1;
      afterGap = true;
      continue;
    }
    if (PUBLICATION_LINE.test(line.text)) {
      result.publicationLines.push(line.text);
      continue;
    }
    const credited = contributorsOf(line.text) ?? bylineOf(line.text);
    if (credited) {
      result.creditLines.push(line.text);
      (contributorsOf(line.text) ? result.contributors : result.byline).push(...credited);
      continue;
    }
    content.push({ ...line, afterGap });
    afterGap = false;
  }

  // Author bio: only at the foot, where a newsroom page prints it.
  for (const line of content.slice(-BIO_SEARCH_DEPTH)) {
    const author = bioAuthorOf(line.text);
    if (!author) continue;
    result.byline.push(author);
    result.creditLines.push(line.text);
    content = content.filter((other) => other !== line);
  }

  // Headline: the first line, when it is shaped like one. Later repeats of it are page furniture.
  const first = content[0];
  const headline = first && content.length > 1 && isHeadlineLike(first.text) && !continuesInto(first, content[1]) ? first.text : null;
  if (headline) {
    content = content.slice(1);
    content = content.filter((line) => {
      if (!isNearRepeat(line.text, headline)) return true;
      boilerplate.push({ kind: "repeated-headline", text: line.text, line: line.number });
      return false;
    });
  }

  const standfirstLine = headline ? findStandfirst(content) : undefined;
  if (standfirstLine) content = content.filter((line) => line !== standfirstLine);

  const captions: Caption[] = [];
  content = extractCaptions(content, captions);

  return {
    article,
    headline,
    standfirst: standfirstLine?.text ?? null,
    body: toBlocks(content),
    byline: unique(result.byline),
    contributors: unique(result.contributors),
    captions,
    topics: unique(result.topics),
    scrapedDates: result.scrapedDates,
    publicationLines: result.publicationLines,
    creditLines: result.creditLines,
    boilerplate: boilerplate.sort((a, b) => a.line - b.line),
  };
}

/**
 * A standfirst follows the headline: a second headline-shaped line, or a one-sentence summary
 * that the body repeats later (the page printed it twice: as summary and as paragraph).
 */
function findStandfirst(content: readonly ContentLine[]): ContentLine | undefined {
  const [candidate, ...rest] = content;
  if (!candidate || rest.length === 0 || continuesInto(candidate, rest[0])) return undefined;
  if (isHeadlineLike(candidate.text)) return candidate;
  const oneSentence = candidate.text.length <= 250 && splitSentences(candidate.text).length === 1;
  return oneSentence && rest.some((line) => isNearRepeat(line.text, candidate.text)) ? candidate : undefined;
}

/** A hard-wrapped paragraph: the next line follows without a gap and carries on in lower case. */
function continuesInto(line: ContentLine, next: ContentLine | undefined): boolean {
  return next !== undefined && !next.afterGap && next.number === line.number + 1 && /^\p{Ll}/u.test(next.text);
}

/** A caption line directly followed by a photo-credit line becomes a caption with its credit. */
function extractCaptions(content: ContentLine[], captions: Caption[]): ContentLine[] {
  const kept: ContentLine[] = [];
  for (const line of content) {
    const previous = kept.at(-1);
    if (previous && isPhotoCredit(line.text) && isCaptionCandidate(previous.text)) {
      kept.pop();
      captions.push({ text: previous.text, credit: line.text });
      continue;
    }
    kept.push(line);
  }
  return kept;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
