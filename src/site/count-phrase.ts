/**
 * What a figure counts, normalised so that figures from different articles about the same thing
 * meet: "hostages still in Gaza", "hostages believed still held" and "captives held" all become
 * "hostages still held"; "Palestinians killed in Gaza" becomes "Palestinians killed". The `counts`
 * text splits into who is counted (the subject) and what happened to them (the state); hedges
 * ("believed", "confirmed") and trailing places ("in Gaza") drop out. A phrase without a state
 * ("2.3 million inhabitants") or with only a pronoun-like subject ("others") is not comparable
 * across articles and gets no key. Word lists are general English, not knowledge of one story.
 */

export type CountKind = "cumulative" | "level";

export interface CountPhrase {
  /** Comparable key, lower case: "hostages|held". */
  key: string;
  /** Words for readers: "hostages still held". */
  label: string;
  /**
   * "cumulative" counts only grow over time (killed, taken, released): a later, lower report
   * contradicts an earlier one. "level" counts go up and down (still held, alive).
   */
  kind: CountKind;
}

/** Nouns for who is counted, by their common name. */
const SUBJECT_WORDS: Record<string, string> = {
  people: "people", persons: "people", person: "people", individuals: "people", individual: "people",
  hostages: "hostages", hostage: "hostages", captives: "hostages", captive: "hostages", abductees: "hostages",
  prisoners: "prisoners", prisoner: "prisoners", detainees: "detainees", detainee: "detainees",
  children: "children", child: "children", kids: "children", women: "women", woman: "women", men: "men", man: "men",
  civilians: "civilians", civilian: "civilians", soldiers: "soldiers", soldier: "soldiers",
  citizens: "citizens", citizen: "citizens", nationals: "citizens", national: "citizens",
  residents: "residents", resident: "residents", journalists: "journalists", journalist: "journalists",
  fighters: "fighters", fighter: "fighters", militants: "militants", militant: "militants",
};

/** What happened to them, and whether that count can only grow. */
const STATE_WORDS: Record<string, { state: string; kind: CountKind }> = {
  killed: { state: "killed", kind: "cumulative" }, dead: { state: "killed", kind: "cumulative" },
  died: { state: "killed", kind: "cumulative" }, deaths: { state: "killed", kind: "cumulative" },
  slain: { state: "killed", kind: "cumulative" }, murdered: { state: "killed", kind: "cumulative" },
  wounded: { state: "wounded", kind: "cumulative" }, injured: { state: "wounded", kind: "cumulative" },
  hurt: { state: "wounded", kind: "cumulative" },
  taken: { state: "taken", kind: "cumulative" }, abducted: { state: "taken", kind: "cumulative" },
  kidnapped: { state: "taken", kind: "cumulative" }, seized: { state: "taken", kind: "cumulative" },
  captured: { state: "taken", kind: "cumulative" },
  released: { state: "released", kind: "cumulative" }, freed: { state: "released", kind: "cumulative" },
  rescued: { state: "rescued", kind: "cumulative" },
  displaced: { state: "displaced", kind: "cumulative" }, arrested: { state: "arrested", kind: "cumulative" },
  detained: { state: "detained", kind: "cumulative" }, evacuated: { state: "evacuated", kind: "cumulative" },
  held: { state: "held", kind: "level" }, remaining: { state: "held", kind: "level" },
  remain: { state: "held", kind: "level" }, remains: { state: "held", kind: "level" },
  alive: { state: "alive", kind: "level" }, living: { state: "alive", kind: "level" },
  missing: { state: "missing", kind: "level" },
};

const STATE_KINDS = new Map(Object.values(STATE_WORDS).map(({ state, kind }) => [state, kind]));

const STATE_LABELS: Record<string, string> = { held: "still held" };

/** Hedges and function words that do not change what is counted. */
const FILLERS = new Set([
  "still", "believed", "thought", "confirmed", "reportedly", "feared", "estimated", "said", "presumed",
  "known", "some", "the", "a", "an", "total", "who", "were", "are", "is", "was", "have", "has", "had",
  "been", "be", "being", "to", "now", "all", "overall",
]);

/** Words that start a trailing phrase (where, since when, by whom): the count ends before them. */
const PHRASE_BREAKS = new Set([
  "in", "on", "at", "from", "since", "during", "among", "across", "by", "after", "before", "inside",
  "within", "into", "for", "near", "under", "with", "as", "of", "throughout", "according",
]);

/** Subjects that refer back to something else ("others", "more") and so compare with nothing. */
const ANAPHORIC = new Set(["others", "other", "more", "extra", "additional", "further", "another", "those", "them", "these"]);

/** People in a state only hostages can be in ("people taken", "people still held") are hostages. */
const HOSTAGE_STATES = new Set(["taken", "held", "released", "rescued"]);

export function normaliseCount(counts: string): CountPhrase | null {
  const words = counts.split(/[^\p{L}\p{N}.'’-]+/u).map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, "")).filter(Boolean);
  const subject: { key: string; label: string }[] = [];
  const states: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    // "still in Gaza", "still inside": still held, wherever.
    if (lower === "still" && PHRASE_BREAKS.has(words[i + 1]?.toLowerCase() ?? "")) {
      addState(states, "held");
      break;
    }
    if (PHRASE_BREAKS.has(lower)) break;
    const state = STATE_WORDS[lower];
    if (state) {
      addState(states, state.state);
      continue;
    }
    if (FILLERS.has(lower) || lower === "or" || lower === "and") {
      if ((lower === "and" || lower === "or") && states.length === 0 && subject.length > 0) subject.push({ key: lower, label: lower });
      continue;
    }
    const common = SUBJECT_WORDS[lower];
    subject.push(common ? { key: common, label: common } : properOrPlain(word));
  }
  while (subject.length > 0 && ["and", "or"].includes(subject.at(-1)!.key)) subject.pop();
  if (states.length === 0 || subject.length === 0) return null;
  if (subject.every((part) => ANAPHORIC.has(part.key))) return null;
  const mainState = states[0]!;
  const keys = subject.map((part) => part.key);
  // "people taken captive": the subject is the hostages.
  const isHostages = keys.includes("hostages") || (keys.length === 1 && keys[0] === "people" && HOSTAGE_STATES.has(mainState));
  const finalSubject = isHostages ? subject.filter((part) => part.key !== "people" && part.key !== "hostages").concat({ key: "hostages", label: "hostages" }) : subject;
  const stateKey = states.join(" or ");
  const stateLabel = states.map((s) => STATE_LABELS[s] ?? s).join(" or ");
  return {
    key: `${finalSubject.map((part) => part.key).join(" ")}|${stateKey}`,
    label: `${finalSubject.map((part) => part.label).join(" ")} ${stateLabel}`,
    kind: states.every((state) => STATE_KINDS.get(state) === "cumulative") ? "cumulative" : "level",
  };
}

function addState(states: string[], state: string): void {
  if (!states.includes(state)) states.push(state);
}

/**
 * A word not in the lists: compared without case or a plural "s" ("Palestinian" and
 * "Palestinians" meet), written as the text has it, in the plural when it ends the subject.
 */
function properOrPlain(word: string): { key: string; label: string } {
  const key = word.toLowerCase().replace(/(?<=[a-z]{3})s$/, "");
  return { key, label: word };
}
