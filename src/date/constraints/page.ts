/**
 * Constraints from around the text rather than in it: datelines and publication lines, scraped
 * page dates (the page existed by then: a weak upper bound), and the span the story reference
 * covers (the weakest assumption, dropped as soon as the text disagrees).
 */
import { between, onOrBefore } from "../day-set.ts";
import { formatDay, fromIso } from "../days.ts";
import type { Dateline } from "../expressions/datelines.ts";
import type { PageDate } from "../expressions/scraped.ts";
import type { StoryReference } from "../story.ts";
import { STRENGTH, type Constraint } from "./types.ts";

export function datelineConstraint(dateline: Dateline): Constraint {
  if (dateline.kind === "updated") {
    return {
      kind: "dateline", set: onOrBefore(dateline.day), strength: STRENGTH.updatedLine, anchor: false, text: dateline.text,
      reading: `updated ${formatDay(dateline.day)} → published on or before that day`,
    };
  }
  return {
    kind: "dateline", set: between(dateline.day, dateline.day), strength: STRENGTH.dateline, anchor: true, text: dateline.text,
    reading: `dateline: published ${formatDay(dateline.day)}`,
  };
}

export function pageDateConstraint(page: PageDate): Constraint {
  return {
    kind: "page-date", set: onOrBefore(page.day), strength: STRENGTH.pageDate, anchor: false, text: page.text,
    reading: `scraped page date: the page existed on ${formatDay(page.day)}, so the article is no later`,
  };
}

export function coverageConstraint(story: StoryReference): Constraint {
  const from = fromIso(story.coverage.from);
  const to = fromIso(story.coverage.to);
  return {
    kind: "coverage", set: between(from, to), strength: STRENGTH.coverage, anchor: false, text: story.story,
    reading: `the story reference covers ${formatDay(from)} – ${formatDay(to)}`,
  };
}
