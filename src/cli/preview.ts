/** What the build will make of one article, as text for the terminal (`npm run add`). */
import type { Entry } from "../model.ts";

export function describeEntry(entry: Entry): string {
  const list = (items: readonly string[]) => (items.length ? items.join("; ") : "none");
  const lines = [
    `Title:    ${entry.title}${entry.titleGenerated ? "  (generated from the lead: add `title:` to the front matter to set one)" : ""}`,
    `Date:     ${entry.date.date} (precision: ${entry.date.precision}, range ${entry.date.range.earliest} … ${entry.date.range.latest}, from ${entry.date.source})`,
    ...entry.date.evidence.map((evidence) => `            “${evidence.text}” → ${evidence.reading}`),
    ...entry.date.conflicts.map((conflict) => `            dropped: ${conflict}`),
    `Outlet:   ${entry.outlet ?? "unknown (add `outlet:` to the front matter)"}${entry.outletEvidence ? `  (“${entry.outletEvidence}”)` : ""}`,
    `Byline:   ${list(entry.byline)}`,
    `Contributors: ${list(entry.contributors)}`,
    `People:   ${list(entry.people.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)))}`,
    `Places:   ${list(entry.places.map((place) => `${place.name} [${place.kind}${place.country ? `, ${place.country}` : ""}]`))}`,
    `Organisations: ${list(entry.organizations.map((organization) => organization.name))}`,
    `Figures:  ${entry.figures.length || "none"}`,
    ...entry.figures.map((figure) => `            ${figure.text} → ${figure.qualifier ? `${figure.qualifier} ` : ""}${figure.value} ${figure.counts}`),
    `Removed:  ${entry.boilerplate.length ? entry.boilerplate.map((item) => `${item.kind} (line ${item.line})`).join(", ") : "nothing"}`,
  ];
  return lines.join("\n");
}

/** Things an editor should look at before publishing. */
export function warningsFor(entry: Entry): string[] {
  const warnings: string[] = [];
  if (entry.titleGenerated) warnings.push("no headline line: the title was generated from the lead sentence");
  if (entry.date.precision === "year") warnings.push("the date is known only to the year: add `date:` to the front matter if you know it");
  else if (entry.date.source === "inferred" && entry.date.evidence.length === 0) warnings.push("nothing in the text dates the article: the date is a guess; add `date:` to the front matter");
  warnings.push(...entry.date.conflicts.map((conflict) => `date evidence dropped: ${conflict}`));
  if (entry.outlet === null) warnings.push("no outlet found in the text");
  for (const person of entry.people) if (!person.name.includes(" ")) warnings.push(`lone name "${person.name}": add the full name to content/reference/aliases.yaml (people) if known`);
  for (const place of entry.places) if (place.lat === undefined) warnings.push(`unknown place "${place.name}": not in the gazetteer, so not on the map; check the spelling or add it to content/reference/places.yaml`);
  return warnings;
}
