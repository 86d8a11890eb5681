/**
 * Mentions of the story's key events in one sentence. A phrase shared by several events ("the
 * truce collapsed") yields one mention with several candidates; the constraints stage narrows
 * them with any date written next to it.
 */
import { matchesIn } from "../regex.ts";
import type { StoryEvent, StoryPattern, StoryReference } from "../story.ts";
import { storyPatterns } from "../story-patterns.ts";

export type EventMode = "occurred" | "ongoing";

export interface EventMention {
  text: string;
  index: number;
  /** End offset of the widest matched phrase. */
  end: number;
  mode: EventMode;
  candidates: StoryEvent[];
}

/** `found`: the story's literals in the sentence (story-patterns.ts), when the caller has them. */
export function findEventMentions(sentence: string, story: StoryReference, found = storyPatterns(story).index.literalsIn(sentence)): EventMention[] {
  const { index } = storyPatterns(story);
  const mentions: EventMention[] = [];
  // Plain loops: this runs for every event pattern on every sentence, mostly to find nothing.
  const add = (event: StoryEvent, patterns: readonly StoryPattern[], mode: EventMode) => {
    for (const pattern of patterns) {
      if (!index.mayMatch(pattern.regex, found) || (pattern.with && sentence.search(pattern.with) < 0)) continue;
      for (const match of matchesIn(pattern.regex, sentence)) {
        const end = match.index + match[0].length;
        // One mention per phrase and mode; several events on the same phrase become its candidates.
        const same = mentions.find((mention) => mention.index === match.index && mention.end === end && mention.mode === mode);
        if (!same) mentions.push({ text: match[0], index: match.index, end, mode, candidates: [event] });
        else if (!same.candidates.includes(event)) same.candidates.push(event);
      }
    }
  };
  for (const event of story.events) {
    add(event, event.mentions, "occurred");
    add(event, event.ongoing, "ongoing");
  }
  return mergeSameEvents(sentence, mentions.sort((a, b) => a.index - b.index));
}

/**
 * "the Hamas attack on Israel on October 7" matches three phrases of one event: keep one mention
 * spanning and quoting all of them, so nearby dates still bind to it.
 */
function mergeSameEvents(sentence: string, mentions: EventMention[]): EventMention[] {
  const merged: EventMention[] = [];
  for (const mention of mentions) {
    const same = merged.find((other) => other.mode === mention.mode && sameCandidates(other, mention) && overlapsOrTouches(other, mention));
    if (!same) {
      merged.push({ ...mention, candidates: [...mention.candidates] });
      continue;
    }
    same.index = Math.min(same.index, mention.index);
    same.end = Math.max(same.end, mention.end);
    same.text = sentence.slice(same.index, same.end);
  }
  return merged;
}

function sameCandidates(a: EventMention, b: EventMention): boolean {
  return a.candidates.length === b.candidates.length && a.candidates.every((event) => b.candidates.includes(event));
}

/** Within a few characters ("attack on Israel on October 7"). */
function overlapsOrTouches(a: EventMention, b: EventMention): boolean {
  const gap = 8;
  return a.index <= b.end + gap && b.index <= a.end + gap;
}
