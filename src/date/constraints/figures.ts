/**
 * A quoted death toll dates the article: the count had reached the figure, and had not yet grown
 * far past it (an article quotes the latest count it has). How far "far" is depends on how the
 * figure is written: "7,028" is that day's count; "more than 500" may be said until ~750.
 */
import { between, union, type DaySet } from "../day-set.ts";
import { fromIso, MAX_DAY, MIN_DAY } from "../days.ts";
import type { FigureMention } from "../mentions/figures.ts";
import type { FigurePoint } from "../story.ts";
import { describeSet } from "./describe.ts";
import { STRENGTH, type Constraint } from "./types.ts";

export function figureConstraint(mention: FigureMention): Constraint | undefined {
  const [low, high] = plausibleCounts(mention);
  const { points, lagDays, kind } = mention.series;
  const set = kind === "cumulative" ? cumulativeDays(points, low, high, lagDays) : reportedDays(points, low, high, lagDays);
  if (set === undefined) return undefined;
  return {
    kind: "figure",
    set,
    strength: STRENGTH.figure,
    anchor: set[0]![0] > MIN_DAY,
    text: mention.text,
    reading: `${mention.series.name}: a true count of ${Math.round(low).toLocaleString("en-US")}–${Math.round(high).toLocaleString("en-US")} fits this figure, and was reported ${describeSet(set)}`,
  };
}

/** The true count at the time of writing, given how the figure is written. */
function plausibleCounts({ value, qualifier, precise }: FigureMention): [number, number] {
  if (qualifier === "nearly") return [value * 0.85, value * 1.02];
  if (precise) return [value, value * 1.1];
  switch (qualifier) {
    case "more than":
      return [value, value * 1.5];
    case "about":
      return [value * 0.9, value * 1.3];
    case "exactly":
      return [value * 0.97, value * 1.5];
  }
}

/** A running total: after the day it reached `low`, until (with lag) the day it reached `high`. */
function cumulativeDays(points: readonly FigurePoint[], low: number, high: number, lagDays: number): DaySet | undefined {
  const below = points.filter((point) => point.value < low).at(-1);
  const reachedHigh = points.find((point) => point.value >= high);
  const first = below ? fromIso(below.date) + 1 : MIN_DAY;
  const last = reachedHigh ? fromIso(reachedHigh.date) + lagDays : MAX_DAY;
  if (first === MIN_DAY && last === MAX_DAY) return undefined;
  return between(first, last);
}

/** A revised official figure: the stretches when the reported value lay within [low, high]. */
function reportedDays(points: readonly FigurePoint[], low: number, high: number, lagDays: number): DaySet | undefined {
  const stretches = points.flatMap((point, index) => {
    if (point.value < low || point.value > high) return [];
    const next = points[index + 1];
    return [between(fromIso(point.date), next ? fromIso(next.date) - 1 + lagDays : MAX_DAY)];
  });
  return stretches.length > 0 ? union(...stretches) : undefined;
}
