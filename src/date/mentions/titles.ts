/**
 * People named with a title that dates the article by their term: "President Joe Biden",
 * "David Barnea, chief of Mossad", "Biden administration", "hostage Edan Alexander". A title
 * after "former", "late", "then-", "vice", "freed" … is not a current title and is skipped.
 */
import { alternation } from "../regex.ts";
import type { StoryPerson, StoryReference, StoryRole } from "../story.ts";

export interface TitleMention {
  text: string;
  index: number;
  person: StoryPerson;
  role: StoryRole;
}

/** Words that make the following title a past or different one. */
const NOT_CURRENT = /(?:^|[\s(])(?:former|late|then|ex|vice|deputy|assistant|under|incoming|outgoing|freed|released|rescued|returned|slain|killed|assassinated|murdered|dead|first|previous|prior|past|would-be|future|designated|nominated)[\s-]*$/iu;
const NOT_CURRENT_WORD = /^(?:former|late|then|ex|freed|released|rescued|returned|slain|killed|assassinated|murdered|dead|previous|prior|past)$/iu;

/** Name parts that may stand between a title and the name matched: "President Joe Biden". */
const NAME_PART = /^(?:\p{Lu}[\p{L}'’.-]*|bin|ibn|al|el|de|van|von)$/u;

interface RoleMatchers {
  titleFirst?: RegExp;
  appositive?: RegExp;
  nameFirst?: RegExp;
}

const cache = new WeakMap<StoryRole, RoleMatchers>();

export function findTitleMentions(sentence: string, story: StoryReference): TitleMention[] {
  const found: TitleMention[] = [];
  for (const person of story.people) {
    for (const role of person.roles) {
      const matchers = matchersFor(person, role);
      const add = (match: RegExpMatchArray) => found.push({ text: match[0], index: match.index!, person, role });
      for (const match of matchers.titleFirst ? sentence.matchAll(matchers.titleFirst) : []) {
        if (isCurrent(sentence, match.index) && namePartsOnly(match.groups!.between!)) add(match);
      }
      for (const match of matchers.appositive ? sentence.matchAll(matchers.appositive) : []) {
        if (isCurrent(sentence, match.index) && !match.groups!.between!.split(/\s+/).some((word) => NOT_CURRENT_WORD.test(word))) add(match);
      }
      for (const match of matchers.nameFirst ? sentence.matchAll(matchers.nameFirst) : []) {
        if (isCurrent(sentence, match.index)) add(match);
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function matchersFor(person: StoryPerson, role: StoryRole): RoleMatchers {
  const cached = cache.get(role);
  if (cached) return cached;
  const names = `(?:${alternation(person.names)})`;
  const edge = "(?![\\p{L}\\p{N}])";
  const start = "(?<![\\p{L}\\p{N}])";
  const before = role.before.length > 0 ? `(?:${role.before.join("|")})` : undefined;
  const matchers: RoleMatchers = {
    ...(before && {
      titleFirst: new RegExp(`${start}${before}\\s+(?<between>(?:[\\p{L}'’.-]+\\s+){0,4}?)${names}${edge}`, "giu"),
      appositive: new RegExp(`${start}${names},\\s+(?<between>(?:[\\p{L}\\p{N}'’.-]+\\s+){0,5}?)${before}${edge}`, "giu"),
    }),
    ...(role.after.length > 0 && {
      nameFirst: new RegExp(`${start}${names}(?:['’]s)?\\s+(?:${role.after.join("|")})${edge}`, "giu"),
    }),
  };
  cache.set(role, matchers);
  return matchers;
}

function isCurrent(sentence: string, index: number): boolean {
  return !NOT_CURRENT.test(sentence.slice(Math.max(0, index - 20), index));
}

/** Only given names and particles between title and surname ("Joe", "bin"), never other words. */
function namePartsOnly(between: string): boolean {
  return between.trim() === "" || between.trim().split(/\s+/).every((word) => NAME_PART.test(word));
}
