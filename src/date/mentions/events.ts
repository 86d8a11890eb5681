/**
 * Mentions of the story's key events in one sentence. A phrase shared by several events ("the
 * truce collapsed") yields one mention with several candidates; the constraints stage narrows
 * them with any date written next to it.
 */
import type { StoryEvent, StoryPattern, StoryReference } from "../story.ts";

export type EventMode = "occurred" | "ongoing";

export interface EventMention {
  text: string;
  index: number;
  /** End offset of the widest matched phrase. */
  end: number;
  mode: EventMode;
  candidates: StoryEvent[];
}

export function findEventMentions(sentence: string, story: StoryReference): EventMention[] {
  const hits = story.events.flatMap((event) => [
    ...matchPatterns(sentence, event.mentions).map((hit) => ({ ...hit, event, mode: "occurred" as const })),
    ...matchPatterns(sentence, event.ongoing).map((hit) => ({ ...hit, event, mode: "ongoing" as const })),
  ]);
  // One mention per phrase and mode; several events on the same phrase become its candidates.
  const mentions: EventMention[] = [];
  for (const hit of hits) {
    const same = mentions.find((mention) => mention.index === hit.index && mention.end === hit.end && mention.mode === hit.mode);
    if (same) {
      if (!same.candidates.includes(hit.event)) same.candidates.push(hit.event);
    } else {
      mentions.push({ text: hit.text, index: hit.index, end: hit.end, mode: hit.mode, candidates: [hit.event] });
    }
  }
  return mergeSameEvents(sentence, mentions.sort((a, b) => a.index - b.index));
}

interface PatternHit {
  text: string;
  index: number;
  end: number;
}

function matchPatterns(sentence: string, patterns: readonly StoryPattern[]): PatternHit[] {
  return patterns.flatMap((pattern) => {
    if (pattern.with && sentence.search(pattern.with) < 0) return [];
    return [...sentence.matchAll(pattern.regex)].map((match) => ({ text: match[0], index: match.index, end: match.index + match[0].length }));
  });
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
