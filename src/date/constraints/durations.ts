/**
 * The days a duration reaches from its anchor: "nearly eight months" after 7 Oct 2023 is
 * 23 May – 7 June 2024. Round counts are read as rounded (±half a unit); "nearly" only below,
 * "more than" only above; a finished span ("released after 471 days") bounds only from below.
 */
import { between, onOrAfter, type DaySet } from "../day-set.ts";
import { addMonths, addYears, type Day } from "../days.ts";
import type { DurationExpression } from "../expressions/types.ts";

export function durationDays(anchor: Day, duration: DurationExpression): DaySet {
  const { amount, unit, qualifier } = duration;
  const target = reach(anchor, amount, unit);
  const slack = unit === "day" ? Math.max(1, Math.round(amount * 0.03)) : unit === "week" ? 3 : unit === "month" ? 15 : 182;
  const above = unit === "day" ? Math.max(2, Math.round(amount * 0.1)) : reach(target, 1, unit) - target;
  const [first, last] = (() => {
    switch (qualifier) {
      case "nearly":
        return [target - slack, target];
      case "more than":
        return [target, target + above];
      case "about":
        return [target - slack, target + slack];
      case "exactly":
        return unit === "day" ? [target - 1, target + 1] : [target - slack, target + slack];
    }
  })();
  return duration.completed ? onOrAfter(first) : between(first, last);
}

function reach(anchor: Day, amount: number, unit: DurationExpression["unit"]): Day {
  switch (unit) {
    case "day":
      return anchor + amount;
    case "week":
      return anchor + amount * 7;
    case "month":
      return addMonths(anchor, amount);
    case "year":
      return addYears(anchor, amount);
  }
}
