/**
 * A title for an article without a headline line, made from its lead sentence: the reported
 * clause when the lead is "Sources told CNN that …", cut at a clause boundary or a word
 * boundary so it stays short. The entry is marked `titleGenerated`.
 */
import { splitSentences } from "../text/sentences.ts";

const MAX_TITLE = 100;
const MIN_CLAUSE = 35;
/** A clause may run a little past MAX_TITLE: a whole clause reads better than a cut one. */
const CLAUSE_SLACK = 15;

/** "… informed CNN that there has been progress" → "there has been progress". */
const REPORTED_CLAUSE =
  /^.{0,120}?\b(?:said|says|told|informed|reported|confirmed|announced|stated|warned|added)\b(?:\s+the)?(?:\s+(?!that\b)[\p{Lu}][\p{L}.'’]*){0,3}\s+that\s+(.+)$/u;

const TRAILING_FILLER = /\s+(?:a|an|the|of|to|in|on|at|for|and|or|but|with|by|from|as|that|which|who|its|their|his|her)$/i;

export function generateTitle(leadParagraph: string): string {
  const sentence = (splitSentences(leadParagraph)[0] ?? leadParagraph).replace(/[.!?]+["”’]?$/, "").trim();
  const reported = REPORTED_CLAUSE.exec(sentence)?.[1];
  const core = reported && reported.length >= MIN_CLAUSE ? capitalise(reported) : sentence;
  return shorten(core);
}

function shorten(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  // Prefer ending where a clause ends (comma, dash, semicolon) if that keeps a real headline.
  const clauseWindow = text.slice(0, MAX_TITLE + CLAUSE_SLACK + 1);
  const clauseEnd = Math.max(...[",", " —", ";", " –"].map((mark) => clauseWindow.lastIndexOf(mark)));
  if (clauseEnd >= MIN_CLAUSE) return clauseWindow.slice(0, clauseEnd).trim();
  const window = text.slice(0, MAX_TITLE + 1);
  let cut = window.slice(0, window.lastIndexOf(" ")).trim();
  while (TRAILING_FILLER.test(cut)) cut = cut.replace(TRAILING_FILLER, "");
  return `${cut.replace(/[,;:–—-]+$/, "")}…`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("en") + text.slice(1);
}
