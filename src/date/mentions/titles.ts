/**
 * People named with a title that dates the article by their term: "President Joe Biden",
 * "David Barnea, chief of Mossad", "Biden administration", "hostage Edan Alexander". A title
 * after "former", "late", "then-", "vice", "freed" … is not a current title and is skipped.
 */
import { matchesIn } from "../regex.ts";
import type { StoryPerson, StoryReference, StoryRole } from "../story.ts";
import { storyPatterns } from "../story-patterns.ts";

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

/** `found`: the story's literals in the sentence (story-patterns.ts), when the caller has them. */
export function findTitleMentions(sentence: string, story: StoryReference, found = storyPatterns(story).index.literalsIn(sentence)): TitleMention[] {
  const { people, index } = storyPatterns(story);
  const matchesOf = (regex: RegExp | undefined) => (regex && index.mayMatch(regex, found) ? matchesIn(regex, sentence) : []);
  const mentions: TitleMention[] = [];
  for (const person of story.people) {
    const patterns = people.get(person)!;
    if (!index.mayMatch(patterns.names, found)) continue;
    for (const role of person.roles) {
      const matchers = patterns.roles.get(role)!;
      const add = (match: RegExpMatchArray) => mentions.push({ text: match[0], index: match.index!, person, role });
      for (const match of matchesOf(matchers.titleFirst)) {
        if (isCurrent(sentence, match.index) && namePartsOnly(match.groups!.between!)) add(match);
      }
      for (const match of matchesOf(matchers.appositive)) {
        if (isCurrent(sentence, match.index) && !match.groups!.between!.split(/\s+/).some((word) => NOT_CURRENT_WORD.test(word))) add(match);
      }
      for (const match of matchesOf(matchers.nameFirst)) {
        if (isCurrent(sentence, match.index)) add(match);
      }
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

function isCurrent(sentence: string, index: number): boolean {
  return !NOT_CURRENT.test(sentence.slice(Math.max(0, index - 20), index));
}

/** Only given names and particles between title and surname ("Joe", "bin"), never other words. */
function namePartsOnly(between: string): boolean {
  return between.trim() === "" || between.trim().split(/\s+/).every((word) => NAME_PART.test(word));
}
