/**
 * The outlet that published the article, from the text's own evidence: its reporters' credit
 * ("CNN's … contributed reporting"), sources speaking to it ("told CBS News", "informed
 * Reuters"), or it acting as itself ("CNN has contacted …"). An outlet the article only cites
 * ("which Axios initially reported") is not evidence.
 */
import type { ExtractReference } from "./reference.ts";
import type { Sentence } from "./sentences.ts";
import { tokenize, type Token } from "./tokens.ts";

export interface OutletFinding {
  outlet: string;
  /** The phrase that names it ("told CBS News"). */
  evidence: string;
}

interface Evidence extends OutletFinding {
  weight: number;
}

/** Weights: a credit is the publisher's own line; acting as itself beats a quoted source. */
const CREDIT = 5;
const ACTING = 2;
const SPOKEN_TO = 1;
const SPOKEN_TO_VERBS = new Set(["told", "informed", "tell", "tells", "telling"]);
/** "said to CNN", "in an interview with CNN", "a statement to Reuters". */
const SPOKEN_TO_NOUNS = new Set(["said", "spoke", "speaking", "confirmed", "statement", "interview", "comment", "comments", "explained"]);
const DASHES = new Set(["—", "–", "-"]);
const ACTING_VERBS = new Set(["contacted", "reached", "asked", "requested", "learned", "obtained", "reviewed", "confirmed", "verified"]);

export function findOutlet(sentences: readonly Sentence[], creditLines: readonly string[], ref: ExtractReference): OutletFinding | undefined {
  const evidence: Evidence[] = [];
  for (const line of creditLines) {
    const outlet = creditedOutlet(tokenize(line, ref.abbreviations), ref);
    if (outlet) evidence.push({ outlet, evidence: line.trim(), weight: CREDIT });
  }
  for (const sentence of sentences) evidence.push(...textEvidence(sentence, ref));
  if (evidence.length === 0) return undefined;
  const totals = new Map<string, number>();
  for (const item of evidence) totals.set(item.outlet, (totals.get(item.outlet) ?? 0) + item.weight);
  const best = [...totals.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
  const strongest = evidence.filter((item) => item.outlet === best[0]).reduce((a, b) => (b.weight > a.weight ? b : a));
  return { outlet: strongest.outlet, evidence: strongest.evidence };
}

/**
 * "CNN's Tamar Michaelis … contributed reporting", "CNNs …", "Associated Press writer … contributed",
 * "By Jane Doe, Reuters".
 */
function creditedOutlet(tokens: readonly Token[], ref: ExtractReference): string | undefined {
  const first = tokens[0];
  if (!first) return undefined;
  const credit = tokens.some((token) => /^contribut/i.test(token.key) || /^report/i.test(token.key));
  if (credit) {
    const direct = ref.outlets.match(tokens, 0) ?? (first.lower === "the" ? ref.outlets.match(tokens, 1) : undefined);
    if (direct) return direct.value;
    // "CNNs Tamar Michaelis": a possessive written without its apostrophe.
    if (first.key.endsWith("s")) return ref.outlets.get([first.key.slice(0, -1)]);
  }
  if (/^by$/i.test(first.key)) {
    for (let index = 1; index < tokens.length; index++) {
      if (![",", "|", "-", "–", "—"].includes(tokens[index - 1]!.text)) continue;
      const match = ref.outlets.match(tokens, index);
      if (match) return match.value;
    }
  }
  return undefined;
}

function textEvidence(sentence: Sentence, ref: ExtractReference): Evidence[] {
  const { tokens, text } = sentence;
  const found: Evidence[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const match = ref.outlets.match(tokens, index);
    if (!match) continue;
    const end = index + match.length;
    // A dateline: "KYIV, Ukraine (AP) —", "GAZA (Reuters) -".
    if (tokens[index - 1]?.text === "(" && tokens[end]?.text === ")" && DASHES.has(tokens[end + 1]?.text ?? "")) {
      found.push({ outlet: match.value, evidence: text.slice(0, tokens[end + 1]!.end), weight: CREDIT });
      index = end;
      continue;
    }
    const before = tokens[index - 1]?.lower ?? "";
    const beforeThat = tokens[index - 2]?.lower ?? "";
    if (SPOKEN_TO_VERBS.has(before) || ((before === "to" || before === "with") && SPOKEN_TO_NOUNS.has(beforeThat))) {
      const from = SPOKEN_TO_VERBS.has(before) ? index - 1 : index - 2;
      found.push({ outlet: match.value, evidence: text.slice(tokens[from]!.start, tokens[end - 1]!.end), weight: SPOKEN_TO });
    } else {
      const verb = tokens[end]?.lower === "has" ? end + 1 : end;
      if (ACTING_VERBS.has(tokens[verb]?.lower ?? "")) {
        found.push({ outlet: match.value, evidence: text.slice(tokens[index]!.start, tokens[verb]!.end), weight: ACTING });
      }
    }
    index = end - 1;
  }
  return found;
}
