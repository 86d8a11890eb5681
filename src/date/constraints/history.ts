/**
 * "Israel's 75-year history": the founding (14 May 1948) plus 75 years, give or take, since a
 * history is spoken of in whole years, rounded either way.
 */
import { between } from "../day-set.ts";
import { addYears, formatDay, fromIso } from "../days.ts";
import type { HistoryExpression } from "../expressions/types.ts";
import { describeSet } from "./describe.ts";
import { STRENGTH, type Constraint } from "./types.ts";

const HALF_YEAR = 182;

export function historyConstraint(expression: HistoryExpression): Constraint {
  const founded = fromIso(expression.founding.date);
  const set = between(addYears(founded, expression.years) - HALF_YEAR, addYears(founded, expression.years + 1) - 1);
  return {
    kind: "anniversary",
    set,
    strength: STRENGTH.anniversary,
    anchor: false,
    text: expression.text,
    reading: `${expression.founding.name} dates from ${formatDay(founded)}; ${expression.years} years on → the article is ${describeSet(set)}`,
  };
}
