/**
 * People from name candidates. Full names become people and merge when they name one person
 * ("Bill Burns" / "William Burns", "David E. Sanger" / "David Sanger", or one canonical name in
 * aliases.yaml). A surname alone ("Barnea", "Mr. Alexander", "Barneas'") joins the person of that
 * surname whom the article introduced first; failing that, a person aliases.yaml knows by it.
 * Reporters (byline, contributors) are never people in the news.
 */
import type { Person } from "../model.ts";
import type { NameCandidate } from "./people.ts";
import type { ExtractReference } from "./reference.ts";
import type { Sentence } from "./sentences.ts";
import { phraseKeys } from "./tokens.ts";

interface Draft {
  canonical: string;
  /** The canonical name comes from aliases.yaml: no later form replaces it. */
  fromReference: boolean;
  /** Lower-case words of the canonical form. */
  words: string[];
  /** Lower-case words of every full form seen. */
  forms: string[][];
  /** Reading order of the first full name (who was introduced first). */
  introduced: number;
  candidates: { order: number; candidate: NameCandidate }[];
}

/** Lower-case name particles before a surname ("Al Thani", "bin Salman"). */
const PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "abu", "ben"]);

export interface ResolvedPeople {
  people: Person[];
  /** The candidates that name a person (their tokens are not places). */
  used: Set<NameCandidate>;
}

/** `candidates` in reading order. */
export function resolvePeople(candidates: readonly NameCandidate[], sentences: readonly Sentence[], reporters: readonly string[], ref: ExtractReference): ResolvedPeople {
  const drafts: Draft[] = [];
  const used = new Set<NameCandidate>();
  const reporterForms = reporters.map((name) => phraseKeys(name, ref.abbreviations).map((key) => key.toLowerCase()));
  const isReporter = (words: readonly string[]): boolean => reporterForms.some((form) => sameName(form, words, ref));
  const attach = (draft: Draft, order: number, candidate: NameCandidate): void => {
    draft.candidates.push({ order, candidate });
    used.add(candidate);
  };

  // 1. Full names with evidence, in reading order.
  candidates.forEach((candidate, order) => {
    if (candidate.words.length < 2 || candidate.evidence === "none" || isReporter(candidate.words)) return;
    const draft = bySurname(drafts, candidate.words.join(" ")) ?? drafts.find((other) => other.forms.some((form) => sameName(form, candidate.words, ref)));
    if (draft) {
      if (isFullName(candidate, ref)) addForm(draft, candidate, ref);
      attach(draft, order, candidate);
      return;
    }
    const created = newDraft(candidate, order, ref);
    drafts.push(created);
    attach(created, order, candidate);
  });

  // 2. Full names without evidence, confirmed by another mention: "Ms. Leavitt", a known form.
  const confirmedSurnames = new Set(candidates.filter((candidate) => candidate.words.length === 1 && candidate.evidence !== "none").map((candidate) => candidate.words[0]!));
  candidates.forEach((candidate, order) => {
    if (candidate.words.length < 2 || candidate.evidence !== "none" || isReporter(candidate.words)) return;
    const draft = bySurname(drafts, candidate.words.join(" ")) ?? drafts.find((other) => other.forms.some((form) => sameName(form, candidate.words, ref)));
    if (draft) attach(draft, order, candidate);
    else if (confirmedSurnames.has(candidate.words.at(-1)!)) {
      const created = newDraft(candidate, order, ref);
      drafts.push(created);
      attach(created, order, candidate);
    }
  });

  // 3. A surname alone.
  candidates.forEach((candidate, order) => {
    if (candidate.words.length !== 1) return;
    const [word] = candidate.words as [string];
    const draft = bySurname(drafts, word) ?? (candidate.sPossessive ? bySurname(drafts, word.slice(0, -1)) : undefined);
    if (draft) return attach(draft, order, candidate);
    if (reporterForms.some((form) => form.at(-1) === word)) return;
    const canonical = ref.people.get(candidate.keys);
    const known = canonical === undefined ? undefined : drafts.find((other) => other.canonical === canonical);
    if (known) return attach(known, order, candidate);
    if (canonical === undefined && candidate.evidence === "none") return;
    const created = newDraft(candidate, order, ref);
    drafts.push(created);
    attach(created, order, candidate);
  });

  const people = drafts
    .map((draft) => ({ draft, first: Math.min(...draft.candidates.map((entry) => entry.order)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ draft }) => toPerson(draft, sentences));
  return { people, used };
}

function newDraft(candidate: NameCandidate, order: number, ref: ExtractReference): Draft {
  const canonical = ref.people.get(candidate.keys);
  const words = canonical === undefined ? candidate.words : lowerWords(canonical, ref);
  return {
    canonical: canonical ?? candidate.text,
    fromReference: canonical !== undefined,
    words,
    forms: [words, ...(candidate.words.length >= 2 ? [candidate.words] : [])],
    introduced: order,
    candidates: [],
  };
}

/** A new full form of the draft's person: it may give a better canonical name. */
function addForm(draft: Draft, candidate: NameCandidate, ref: ExtractReference): void {
  draft.forms.push(candidate.words);
  if (draft.fromReference) return;
  const canonical = ref.people.get(candidate.keys);
  if (canonical !== undefined) {
    Object.assign(draft, { canonical, fromReference: true, words: lowerWords(canonical, ref) });
    return;
  }
  const longer = candidate.words.length > draft.words.length;
  const moreFormal = candidate.words.length === draft.words.length && ref.nicknames.has(draft.words[0]!) && !ref.nicknames.has(candidate.words[0]!);
  if (longer || moreFormal) Object.assign(draft, { canonical: candidate.text, words: candidate.words });
}

/** The person introduced first whose surname (or name ending) is `surname`. */
function bySurname(drafts: readonly Draft[], surname: string): Draft | undefined {
  let best: Draft | undefined;
  for (const draft of drafts) {
    if (!draft.forms.some((form) => surnamesOf(form).includes(surname))) continue;
    if (!best || draft.introduced < best.introduced) best = draft;
  }
  return best;
}

/** "Mohammed bin … Al Thani" → "thani", "al thani"; "Abdel Fattah el-Sisi" → "el-sisi", "sisi". */
function surnamesOf(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const last = words.at(-1)!;
  const surnames = [last];
  const hyphen = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben|de|da|di|du|van|von|der|la|le)-(.+)$/.exec(last);
  if (hyphen) surnames.push(hyphen[1]!);
  const before = words.at(-2)!;
  if (words.length >= 3 && PARTICLES.has(before)) surnames.push(`${before} ${last}`);
  return surnames;
}

/** Same first and last name, allowing short forms and middle names or initials. */
function sameName(a: readonly string[], b: readonly string[], ref: ExtractReference): boolean {
  if (a.length < 2 || b.length < 2 || a.at(-1) !== b.at(-1)) return false;
  const [firstA, firstB] = [a[0]!, b[0]!];
  return firstA === firstB || formalNames(firstA, ref).some((name) => formalNames(firstB, ref).includes(name));
}

function formalNames(first: string, ref: ExtractReference): readonly string[] {
  return [first, ...(ref.nicknames.get(first) ?? [])];
}

/** A name that starts with a first name, not a surname form such as "Al Thani". */
function isFullName(candidate: NameCandidate, ref: ExtractReference): boolean {
  return !PARTICLES.has(candidate.words[0]!) || ref.lexicon.firstNames.has(candidate.words[0]!);
}

function lowerWords(name: string, ref: ExtractReference): string[] {
  return phraseKeys(name, ref.abbreviations).map((key) => key.toLowerCase());
}

function toPerson(draft: Draft, sentences: readonly Sentence[]): Person {
  const ordered = [...draft.candidates].sort((a, b) => a.order - b.order).map((entry) => entry.candidate);
  const role = ordered.find((candidate) => candidate.role)?.role ?? ordered.find((candidate) => candidate.honorificRole)?.honorificRole;
  return {
    name: draft.canonical,
    mentions: unique(ordered.map((candidate) => candidate.surface)),
    ...(role === undefined ? {} : { role }),
    sentences: unique(ordered.map((candidate) => sentences[candidate.sentence]!.text)),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
