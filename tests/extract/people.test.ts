import { describe, expect, it } from "vitest";
import { extractBody, extractFrom, personNamed } from "./helpers.ts";

const names = (...paragraphs: string[]) => extractBody(...paragraphs).people.map((person) => person.name);

describe("people", () => {
  it("finds full names with the office before them as the role", () => {
    const extraction = extractBody("Ukrainian President Volodymyr Zelensky met Defence Secretary John Healey and Kremlin spokesman Dmitry Peskov's deputy in Kyiv.");
    expect(personNamed(extraction, "Volodymyr Zelensky")?.role).toBe("Ukrainian President");
    expect(personNamed(extraction, "John Healey")?.role).toBe("Defence Secretary");
    expect(personNamed(extraction, "Dmitry Peskov")?.role).toBe("Kremlin spokesman");
  });

  it("takes a role from an apposition, and the apposition as evidence for a name it does not know", () => {
    const extraction = extractBody("Olena Kovalenko, a spokeswoman for the regional administration, said the dam had held.");
    expect(personNamed(extraction, "Olena Kovalenko")?.role).toBe("spokeswoman for the regional administration");
  });

  it("merges surnames, honorifics, short forms and possessives into one person", () => {
    const extraction = extractBody(
      "Conservative leader Rishi Sunak conceded on Friday. Mr Sunak said the result was clear, and Sunak's aides agreed.",
      "Mike Johnson met the press. Michael Johnson's office later confirmed it, and Johnson left.",
      "The Starmers' plan was to wait, Keir Starmer said.",
    );
    expect(extraction.people.map((person) => [person.name, person.mentions])).toEqual([
      ["Rishi Sunak", ["Rishi Sunak", "Mr Sunak", "Sunak"]],
      ["Michael Johnson", ["Mike Johnson", "Michael Johnson", "Johnson"]],
      ["Keir Starmer", ["Starmers", "Keir Starmer"]],
    ]);
  });

  it("gives a surname alone to the person of that name introduced first", () => {
    const extraction = extractBody("Tom Hanks arrived late. Colin Hanks, Mr. Hanks's son, said his father was tired, and Mr. Hanks agreed.");
    expect(personNamed(extraction, "Tom Hanks")?.mentions).toEqual(["Tom Hanks", "Mr. Hanks"]);
    expect(personNamed(extraction, "Colin Hanks")?.role).toBe("Mr. Hanks's son");
  });

  it("knows people by the names aliases.yaml gives them", () => {
    const extraction = extractBody("Putin spoke by phone with President Trump on Tuesday.");
    expect(extraction.people.map((person) => [person.name, person.role])).toEqual([["Vladimir Putin", undefined], ["Donald Trump", "President"]]);
  });

  it("confirms an unknown full name by a later mention with an honorific", () => {
    expect(names("Yulia Svyrydenko met the envoys on Monday. Ms. Svyrydenko then left for Lviv.")).toEqual(["Yulia Svyrydenko"]);
  });

  it("takes no person from capitalised words without evidence of one", () => {
    expect(names(
      "Despite Monday's vote, Reform UK kept its seats. He posted on Liberty Forum that the Justice Department and the General Assembly erred.",
      "Hope remains, Western officials said.",
    )).toEqual([]);
  });

  it("splits a title from the name and reads particles as part of the name", () => {
    expect(names("Saudi Crown Prince Mohammed bin Salman hosted Secretary of State Marco Rubio and Jean-Luc van der Berg.")).toEqual(["Mohammed bin Salman", "Marco Rubio", "Jean-Luc van der Berg"]);
  });

  it("reads no apposition into a clause after a comma, and no person into a town after a preposition", () => {
    const extraction = extractBody("Nigel Farage won in Clacton, while Liberal Democrat leader Ed Davey said the night was historic.");
    expect(extraction.people.map((person) => [person.name, person.role])).toEqual([["Nigel Farage", undefined], ["Ed Davey", "Liberal Democrat leader"]]);
  });

  it("takes a role written before the name and its comma", () => {
    const extraction = extractBody("Negotiators met Ismail Haniyeh's deputy, Khalil al-Hayya, on Monday.");
    expect(personNamed(extraction, "Khalil al-Hayya")?.role).toBe("Ismail Haniyeh's deputy");
  });

  it("ends a name before \"of\" and takes no person from initials alone", () => {
    const extraction = extractBody("Sen. Chuck Schumer, D-N.Y., the Senate majority leader, spoke. Rep. Marjorie Taylor Greene of Georgia objected.");
    expect(extraction.people.map((person) => [person.name, person.role])).toEqual([["Chuck Schumer", "Senator"], ["Marjorie Taylor Greene", "Representative"]]);
    expect(extraction.places.map((place) => place.name)).toEqual(["Georgia"]);
  });

  it("takes no person from a building's name", () => {
    expect(names("Flights left Ben Gurion Airport, and the King spoke at Buckingham Palace.")).toEqual([]);
  });

  it("never takes a reporter for a person in the news, even in a credit the body still holds", () => {
    expect(names("Voters queued in Leeds.", "Reporting by Jane Doe in London; editing by Sam Smith.", "Associated Press writer Hanna Arhirova contributed.")).toEqual([]);
  });

  it("never takes a reporter for a person in the news", () => {
    const extraction = extractFrom([
      "Polls close in Britain",
      "",
      "Voters queued in Leeds, where Sam Rivers watched the count, Rivers said.",
      "",
      "Sam Rivers and Ana Costa contributed reporting.",
    ].join("\n"));
    expect(extraction.people).toEqual([]);
  });
});
