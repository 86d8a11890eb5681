/**
 * Combines constraints, strongest first: each one narrows the days still possible, unless it
 * would leave none, in which case it contradicts stronger evidence and is dropped (and reported).
 */
import type { Constraint } from "./constraints/types.ts";
import { EVERY_DAY, intersect, isEmpty, type DaySet } from "./day-set.ts";

export interface DroppedConstraint {
  constraint: Constraint;
  /** The days the stronger constraints had left when this one was tried. */
  against: DaySet;
}

export interface Combination {
  set: DaySet;
  kept: Constraint[];
  dropped: DroppedConstraint[];
}

export function combine(constraints: readonly Constraint[]): Combination {
  const ordered = [...constraints].sort((a, b) => b.strength - a.strength);
  let set = EVERY_DAY;
  const kept: Constraint[] = [];
  const dropped: DroppedConstraint[] = [];
  for (const constraint of ordered) {
    const narrowed = intersect(set, constraint.set);
    if (isEmpty(narrowed)) {
      dropped.push({ constraint, against: set });
      continue;
    }
    set = narrowed;
    kept.push(constraint);
  }
  return { set, kept, dropped };
}
