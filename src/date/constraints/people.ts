/**
 * A person named with a current title is in office: "President Joe Biden" → 20 Jan 2021 – 20 Jan
 * 2025. Terms get a week's grace after they end, because news of a departure (or a death) still
 * uses the title for a few days.
 */
import { between, union, type DaySet } from "../day-set.ts";
import { formatDay, fromIso, MAX_DAY } from "../days.ts";
import type { TitleMention } from "../mentions/titles.ts";
import type { StoryPerson, StoryRole, StoryTerm } from "../story.ts";
import { STRENGTH, type Constraint } from "./types.ts";

const GRACE_DAYS = 7;
const GRACE_NOTE = ` (or within ${GRACE_DAYS} days after it ended)`;

/** What a role implies, the same for every mention: worked out once per role. */
type RoleReading = Pick<Constraint, "set" | "subject" | "reading">;
const roleReadings = new WeakMap<StoryRole, RoleReading>();

export function titleConstraint(mention: TitleMention): Constraint {
  let role = roleReadings.get(mention.role);
  if (!role) {
    role = roleReading(mention.person, mention.role);
    roleReadings.set(mention.role, role);
  }
  return { kind: "title", ...role, strength: STRENGTH.title, anchor: false, text: mention.text };
}

function roleReading(person: StoryPerson, role: StoryRole): RoleReading {
  const set: DaySet = union(...role.terms.map((term) => between(fromIso(term.from), term.to ? fromIso(term.to) + GRACE_DAYS : MAX_DAY)));
  return {
    set,
    subject: `${person.name}: ${role.role}`,
    reading: `${person.name}: ${role.role}, ${role.terms.map(describeTerm).join(", and ")} → the article falls in ${role.terms.length === 1 ? "that time" : "one of those times"}${role.terms.some((term) => term.to) ? GRACE_NOTE : ""}`,
  };
}

function describeTerm(term: StoryTerm): string {
  return term.to ? `from ${formatDay(fromIso(term.from))} to ${formatDay(fromIso(term.to))}` : `since ${formatDay(fromIso(term.from))}`;
}
