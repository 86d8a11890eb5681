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
  for (const sentence of articleSentences(clean)) {
    const found = sentenceConstraints(sentence.text, findExpressions(sentence.text, story), findEventMentions(sentence.text, story), story);
    constraints.push(...found.constraints);
    weekdays.push(...found.weekdays);
    constraints.push(...findTitleMentions(sentence.text, story).map(titleConstraint));
    constraints.push(...findFigureMentions(sentence.text, story).flatMap((mention) => figureConstraint(mention) ?? []));
  }
  return { constraints, weekdays };
}
