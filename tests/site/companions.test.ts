import { expect, test } from "vitest";
import { companions } from "../../src/site/companions.ts";

const person = (name: string) => ({ name, url: `/people/${name.toLowerCase().replace(/\s+/g, "-")}/` });

test("an entry's list changed between calls is counted as it is now", () => {
  const first = { people: [person("Barnea"), person("Burns")] };
  const second = { people: [person("Barnea"), person("Burns"), person("Thani")] };
  const appearances = [{ entry: first }, { entry: second }];
  expect(companions(appearances, (e) => e.people, "Barnea")).toEqual([
    { name: "Burns", url: "/people/burns/", count: 2 },
    { name: "Thani", url: "/people/thani/", count: 1 },
  ]);
  first.people[1] = person("Abbas");
  second.people.pop();
  first.people.push(person("Burns"), person("burns"));
  expect(companions(appearances, (e) => e.people, "Barnea")).toEqual([
    { name: "Burns", url: "/people/burns/", count: 2 },
    { name: "Abbas", url: "/people/abbas/", count: 1 },
  ]);
});

test("counts from one entity never leak into another's", () => {
  const entries = [{ people: [person("A"), person("B"), person("C")] }, { people: [person("B"), person("C")] }];
  const ofB = companions(entries.map((entry) => ({ entry })), (e) => e.people, "B");
  const ofA = companions([{ entry: entries[0]! }], (e) => e.people, "A");
  expect(ofB).toEqual([
    { name: "C", url: "/people/c/", count: 2 },
    { name: "A", url: "/people/a/", count: 1 },
  ]);
  expect(ofA).toEqual([
    { name: "B", url: "/people/b/", count: 1 },
    { name: "C", url: "/people/c/", count: 1 },
  ]);
});
