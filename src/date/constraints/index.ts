/**
 * Every constraint an article offers: from around the text (dateline, page date, the story's
 * span) and from each sentence (dates, events, titles, figures), plus the weekdays of past events
 * that guide the estimate.
 */
import type { CleanArticle } from "../../model.ts";
import { findDatelines } from "../expressions/datelines.ts";
import { findExpressions } from "../expressions/index.ts";
import { findPageDates } from "../expressions/scraped.ts";
import type { WeekdayExpression } from "../expressions/types.ts";
import { findEventMentions } from "../mentions/events.ts";
import { findFigureMentions } from "../mentions/figures.ts";
import { findTitleMentions } from "../mentions/titles.ts";
import { articleSentences } from "../sentences.ts";
import type { StoryReference } from "../story.ts";
import { storyPatterns } from "../story-patterns.ts";
import { figureConstraint } from "./figures.ts";
import { coverageConstraint, datelineConstraint, pageDateConstraint } from "./page.ts";
import { titleConstraint } from "./people.ts";
import { sentenceConstraints } from "./sentence.ts";
import type { Constraint } from "./types.ts";

export interface ArticleConstraints {
  constraints: Constraint[];
  weekdays: WeekdayExpression[];
}

export function articleConstraints(clean: CleanArticle, story: StoryReference): ArticleConstraints {
  const constraints: Constraint[] = [coverageConstraint(story)];
  const weekdays: WeekdayExpression[] = [];
  constraints.push(...findDatelines(clean).map(datelineConstraint));
  constraints.push(...findPageDates(clean).map(pageDateConstraint));
  const { index } = storyPatterns(story);
  for (const { text } of articleSentences(clean)) {
    // One scan for the story's literals tells the finders which of their patterns can match here.
    const literals = index.literalsIn(text);
    const found = sentenceConstraints(text, findExpressions(text, story), findEventMentions(text, story, literals), story);
    constraints.push(...found.constraints);
    weekdays.push(...found.weekdays);
    constraints.push(...findTitleMentions(text, story, literals).map(titleConstraint));
    constraints.push(...findFigureMentions(text, story, literals).flatMap((mention) => figureConstraint(mention) ?? []));
  }
  return { constraints, weekdays };
}
