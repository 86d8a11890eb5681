import { expect, test } from "vitest";
import { companionCounter } from "../../src/site/companions.ts";

const person = (name: string) => ({ name, url: `/people/${name.toLowerCase().replace(/\s+/g, "-")}/` });

test("counts from one entity never leak into another's", () => {
  const entries = [{ people: [person("A"), person("B"), person("C")] }, { people: [person("B"), person("C")] }];
  const peopleWith = companionCounter(entries, (e) => e.people);
  const ofB = peopleWith(entries.map((entry) => ({ entry })), "B");
  const ofA = peopleWith([{ entry: entries[0]! }], "A");
  expect(ofB).toEqual([
    { name: "C", url: "/people/c/", count: 2 },
    { name: "A", url: "/people/a/", count: 1 },
  ]);
  expect(ofA).toEqual([
    { name: "B", url: "/people/b/", count: 1 },
    { name: "C", url: "/people/c/", count: 1 },
  ]);
  expect(peopleWith(entries.map((entry) => ({ entry })), "B")).toEqual(ofB);
});

test("a name written two ways counts once per entry, under the first way the entity's entries write it", () => {
  const entries = [{ people: [person("Barnea"), person("david barnea")] }, { people: [person("Barnea"), person("David  Barnea"), person("david barnea")] }];
  const peopleWith = companionCounter(entries, (e) => e.people);
  expect(peopleWith(entries.map((entry) => ({ entry })), "Barnea")).toEqual([{ name: "david barnea", url: "/people/david-barnea/", count: 2 }]);
  expect(peopleWith([{ entry: entries[1]! }], "Barnea")).toEqual([{ name: "David  Barnea", url: "/people/david-barnea/", count: 1 }]);
});

test("an appearance in an entry the counter does not know is an error", () => {
  const peopleWith = companionCounter([{ people: [person("A")] }], (e) => e.people);
  expect(() => peopleWith([{ entry: { people: [person("B")] } }], "A")).toThrow(/not made from/);
});
