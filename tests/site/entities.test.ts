import { describe, expect, test } from "vitest";
import type { Person, Place } from "../../src/model.ts";
import { entityKey, indexPeople, indexPlaces, slugsFor } from "../../src/site/entities.ts";
import { assignSlugs } from "../../src/site/slugs.ts";
import { makeEntry } from "../support/entries.ts";

const person = (name: string, extra: Partial<Person> = {}): Person => ({ name, mentions: [name], sentences: [], ...extra });
const place = (name: string, extra: Partial<Place> = {}): Place => ({ name, mentions: [name], kind: "city", sentences: [], ...extra });

describe("indexPeople", () => {
  const first = makeEntry("first", {
    date: { date: "2023-11-01" },
    people: [person("David Barnea", { mentions: ["David Barnea", "Barnea"], role: "Mossad director", sentences: ["Barnea will not travel."] })],
  });
  const second = makeEntry("second", {
    date: { date: "2024-05-01" },
    people: [
      person("david  barnea", { mentions: ["the Mossad chief"], role: "Mossad chief", sentences: ["The Mossad chief met them."] }),
      person("William Burns", { role: "CIA director" }),
    ],
  });
  const entries = [first, second];
  const pages = indexPeople(entries, slugsFor(entries, (e) => e.people));

  test("merges the same canonical name across entries, ignoring case and spacing", () => {
    expect(pages.map((p) => p.name)).toEqual(["David Barnea", "William Burns"]);
    const barnea = pages[0];
    expect(barnea?.appearances.map((a) => a.entry.id)).toEqual(["first", "second"]);
    expect(barnea?.appearances.map((a) => a.item.sentences)).toEqual([["Barnea will not travel."], ["The Mossad chief met them."]]);
  });

  test("collects roles and other names once each, in order of appearance", () => {
    expect(pages[0]?.roles).toEqual(["Mossad director", "Mossad chief"]);
    expect(pages[0]?.mentions).toEqual(["David Barnea", "Barnea", "the Mossad chief"]);
    expect(pages[0]?.aliases).toEqual(["Barnea", "the Mossad chief"]);
  });

  test("gives each page a slug and a URL under /people/", () => {
    expect(pages.map((p) => [p.slug, p.url])).toEqual([
      ["david-barnea", "/people/david-barnea/"],
      ["william-burns", "/people/william-burns/"],
    ]);
  });
});

describe("indexPlaces", () => {
  test("takes kind, country and coordinates from the entries", () => {
    const entries = [
      makeEntry("a", { places: [place("Doha", { country: "QA" })] }),
      makeEntry("b", { places: [place("Doha", { lat: 25.29, lon: 51.53 }), place("Gaza Strip", { kind: "territory" })] }),
    ];
    const pages = indexPlaces(entries, slugsFor(entries, (e) => e.places));
    expect(pages.map((p) => ({ name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon, url: p.url }))).toEqual([
      { name: "Doha", kind: "city", country: "QA", lat: 25.29, lon: 51.53, url: "/places/doha/" },
      { name: "Gaza Strip", kind: "territory", country: undefined, lat: undefined, lon: undefined, url: "/places/gaza-strip/" },
    ]);
  });
});

describe("slugs", () => {
  test("names that slugify alike get distinct slugs, the same whatever order they come in", () => {
    const one = assignSlugs(["José Pérez", "Jose Perez", "JOSE-PEREZ"]);
    const two = assignSlugs(["JOSE-PEREZ", "Jose Perez", "José Pérez"]);
    expect(new Set(one.values()).size).toBe(3);
    expect([...one.entries()].sort()).toEqual([...two.entries()].sort());
    expect([...one.values()].sort()).toEqual(["jose-perez", "jose-perez-2", "jose-perez-3"]);
  });

  test("a reserved slug is never handed out (a series called “all” beside /figures/all/)", () => {
    expect(assignSlugs(["All", "People killed"], ["all"])).toEqual(new Map([["All", "all-2"], ["People killed", "people-killed"]]));
    expect(assignSlugs(["All"]).get("All")).toBe("all");
  });

  test("a name without Latin letters still gets a stable slug", () => {
    const slug = assignSlugs(["בנימין נתניהו"]).get("בנימין נתניהו");
    expect(slug).toMatch(/^n-[0-9a-f]{8}$/);
    expect(assignSlugs(["בנימין נתניהו"]).get("בנימין נתניהו")).toBe(slug);
  });

  test("entityKey folds case and spacing only", () => {
    expect(entityKey("  David   Barnea ")).toBe(entityKey("david barnea"));
    expect(entityKey("David Barnea")).not.toBe(entityKey("David Barnes"));
  });
});
