/** Event, title and figure mentions, matched from the story reference. */
import { describe, expect, it } from "vitest";
import { findEventMentions } from "../../src/date/mentions/events.ts";
import { findFigureMentions } from "../../src/date/mentions/figures.ts";
import { findTitleMentions } from "../../src/date/mentions/titles.ts";
import { story } from "./helpers.ts";

const eventIds = (sentence: string) => findEventMentions(sentence, story).map((mention) => ({ text: mention.text, mode: mention.mode, ids: mention.candidates.map((event) => event.id) }));
const roles = (sentence: string) => findTitleMentions(sentence, story).map((mention) => `${mention.person.name}: ${mention.role.role}`);

describe("event mentions", () => {
  it("merges the phrases naming one event into one mention", () => {
    expect(eventIds("taken hostage during the Hamas attack on Israel on October 7.")).toEqual([
      { text: "Hamas attack on Israel on October 7", mode: "occurred", ids: ["october-7-attack"] },
    ]);
  });

  it("gives a shared phrase every event it may name", () => {
    expect(eventIds("after the temporary truce collapsed last month")).toEqual([
      { text: "truce collapsed", mode: "occurred", ids: ["november-truce-collapse", "january-2025-ceasefire-collapse"] },
    ]);
  });

  it("tells an ongoing truce from one that happened", () => {
    expect(eventIds("mediators sought to extend the current truce")[0]).toMatchObject({ mode: "ongoing", text: "current truce" });
  });

  it("requires the `with` word in the sentence", () => {
    expect(eventIds("After an assault on Israel, Hamas took hostages.")[0]?.ids).toEqual(["october-7-attack"]);
    expect(eventIds("Iran's assault on Israel was repelled by air defences.").map((mention) => mention.ids)).not.toContainEqual(["october-7-attack"]);
  });

  it("does not read an October 7 of another year as the attack", () => {
    expect(eventIds("Crowds gathered on Oct. 7, 2024, to remember.")).toEqual([]);
  });

  it("does not take a call for a cease-fire for a cease-fire that happened", () => {
    expect(eventIds("Hamas has pressed Israel for a lasting cease-fire in Gaza.")).toEqual([]);
  });
});

describe("title mentions", () => {
  it("finds titles before the name, with given names between", () => {
    expect(roles("The families met with President Joe Biden in Washington.")).toEqual(["Joe Biden: President of the United States"]);
    expect(roles("Israel's Defense Minister Yoav Gallant said")).toEqual(["Yoav Gallant: Minister of Defence of Israel"]);
  });

  it("finds titles set off after the name, and words after it", () => {
    expect(roles("Burns remains in contact with David Barnea, chief of Mossad, Israel's spy agency.")).toEqual(["David Barnea: Director of the Mossad"]);
    expect(roles("Karoline Leavitt, Mr. Trump’s press secretary, did not deny it.")).toEqual(["Karoline Leavitt: White House Press Secretary"]);
    expect(roles("a senior Biden administration official said")).toEqual(["Joe Biden: President of the United States"]);
  });

  it("reads 'nominee' and 'first administration' after a president's name", () => {
    expect(roles("President Trump’s nominee to be special envoy, Adam Boehler, joined the talks.")).toEqual([
      "Donald Trump: President of the United States",
      "Donald Trump: naming nominees as President or President-elect",
    ]);
    expect(roles("who held roles in Mr. Trump’s first administration")).toEqual([
      "Donald Trump: past his first term as President (2017–2021), as \"first administration\" implies",
    ]);
  });

  it("skips former, vice and freed titles", () => {
    expect(roles("former President Donald Trump said")).toEqual(["Donald Trump: former President of the United States"]);
    expect(roles("Vice President Joe Biden visited")).toEqual(["Joe Biden: Vice President of the United States"]);
    expect(roles("freed hostage Edan Alexander spoke")).toEqual([]);
    expect(roles("the first Trump administration")).toEqual([]);
  });

  it("does not let ordinary words stand between title and name", () => {
    expect(roles("the president said that Biden would")).toEqual([]);
  });
});

describe("figure mentions", () => {
  it("reads a Gaza toll with its qualifier and whether it is a day's exact count", () => {
    const [figure] = findFigureMentions("Israeli strikes have resulted in the deaths of at least 7,028 Palestinians.", story);
    expect(figure).toMatchObject({ text: "at least 7,028 Palestinians", value: 7028, qualifier: "more than", precise: true });
    expect(findFigureMentions("At least 35,000 Palestinians have been killed in Gaza.", story)[0]).toMatchObject({ value: 35000, precise: false });
  });

  it("reads the attack's toll only in a sentence about the attack", () => {
    expect(findFigureMentions("an Oct. 7 Hamas attack on Israel that killed roughly 1,200 people", story)[0]).toMatchObject({ value: 1200, qualifier: "about" });
    expect(findFigureMentions("around 1,600 people are feared dead under the rubble", story)).toEqual([]);
  });

  it("ignores numbers that count no deaths", () => {
    expect(findFigureMentions("the release of 36 Palestinians from Israeli detention", story)).toEqual([]);
  });
});
