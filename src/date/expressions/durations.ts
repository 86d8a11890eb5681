/**
 * Durations counted from an event: "nearly eight months of captivity", "held for 470 days",
 * "two weeks after the attack", "a year into the war", "three days ago". The anchor is the event
 * named in the sentence, or the event that began the named state (captivity, war).
 */
import { literalFilter } from "../literal-index.ts";
import { matchesIn } from "../regex.ts";
import { tenseAt } from "../tense.ts";
import { COUNT, parseCount, parseQualifier, QUALIFIER } from "./numbers.ts";
import type { DurationExpression, DurationUnit } from "./types.ts";

const AMOUNT = `(?:(?<qualifier>${QUALIFIER})\\s+)?(?<count>${COUNT})[\\s-]+(?<unit>days?|weeks?|months?|years?)`;

/** "<amount> of/in/into <state>": the state names the anchor. */
const OF_STATE = new RegExp(`(?<![\\p{L}\\p{N}])${AMOUNT}\\s+(?:of|in|into)\\s+(?:the\\s+|their\\s+|his\\s+|her\\s+)?(?<state>[\\p{L}-]+)`, "giu");

/** "held (hostage) for <amount>": captivity. */
const HELD_FOR = new RegExp(`(?<![\\p{L}\\p{N}])(?<state>held(?:\\s+(?:hostage|captive))?|kept|captive|hostage)(?:\\s+in\\s+Gaza)?\\s+for\\s+${AMOUNT}`, "giu");

/** "<amount> since/after <event>", "<amount> ago": the event named next to it. */
const SINCE_EVENT = new RegExp(`(?<![\\p{L}\\p{N}])${AMOUNT}\\s+(?:since|after|ago)(?![\\p{L}\\p{N}])`, "giu");

/** Words saying the span is over: then it only bounds the article from below. */
const COMPLETED = /\b(?:released|freed|rescued|returned|recovered|killed|died|ended|before)\b/i;

/** False for a sentence without the words every duration needs (a unit: "days", "months" …). */
const mayHoldDuration = literalFilter([OF_STATE, HELD_FOR, SINCE_EVENT]);

export function findDurations(sentence: string): DurationExpression[] {
  if (!mayHoldDuration(sentence)) return [];
  const completed = COMPLETED.test(sentence);
  const found: DurationExpression[] = [];
  const add = (match: RegExpMatchArray, state: string | undefined) => {
    const groups = match.groups!;
    const amount = parseCount(groups.count!);
    if (amount === undefined || Number.isNaN(amount) || amount === 0) return;
    const index = match.index!;
    if (found.some((other) => other.index <= index && index < other.index + other.text.length)) return;
    found.push({
      kind: "duration",
      text: match[0],
      index,
      tense: tenseAt(sentence, index, match[0]),
      amount,
      unit: groups.unit!.toLowerCase().replace(/s$/, "") as DurationUnit,
      qualifier: parseQualifier(groups.qualifier),
      ...(state !== undefined && { state: state.toLowerCase() }),
      completed,
    });
  };
  for (const match of matchesIn(HELD_FOR, sentence)) add(match, match.groups!.state);
  for (const match of matchesIn(OF_STATE, sentence)) add(match, match.groups!.state);
  for (const match of matchesIn(SINCE_EVENT, sentence)) add(match, undefined);
  return found;
}
