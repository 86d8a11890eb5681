/**
 * The editor's corrections, end to end: the seed articles are built into a temporary folder, one
 * article gets front matter (title, date, outlet, people drop/add, places drop, organisations
 * add), and the rebuild changes exactly that entry, in `timeline.json` and on its page. A wrong
 * key stops the build with a message naming the file and the allowed keys.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import "../support/eleventy.ts"; // registers tsx so Eleventy can load .eleventy.ts inside vitest
import { build, type BuildReport } from "../../src/cli/build.ts";
import { InputError } from "../../src/read/index.ts";
import { PROJECT_ROOT, SEEDS, tempProject, type TempProject } from "./cli.ts";

interface Named {
  name: string;
  mentions: string[];
}

interface ExportedEntry {
  url: string;
  source: string;
  title: string;
  titleGenerated: boolean;
  date: string;
  datePrecision: string;
  dateRange: { earliest: string; latest: string };
  dateSource: string;
  outlet: string | null;
  people: Named[];
  places: Named[];
  organizations: Named[];
}

const CORRECTED = {
  title: "An editor's headline: talks in the balance",
  date: "2023-12-13",
  outlet: "Example Wire",
  addedPerson: "Jane Testperson",
  addedOrganization: "Example Relief Agency",
};

let project: TempProject;

function buildProject(): Promise<BuildReport> {
  return build({ projectRoot: PROJECT_ROOT, articlesDir: project.articles, outDir: project.out, workDir: project.work });
}

async function exported(): Promise<ExportedEntry[]> {
  return (JSON.parse(await readFile(path.join(project.out, "timeline.json"), "utf8")) as { entries: ExportedEntry[] }).entries;
}

const decode = (html: string): string =>
  html.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Texts of the elements carrying a Pagefind attribute (`data-pagefind-filter="person"` …) on a page. */
function tagged(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`<[a-z0-9]+[^>]*${attribute}[^>]*>([^<]*)<`, "g"))].map((match) => decode(match[1]!).trim());
}

describe("front-matter corrections", () => {
  let file: string;
  let before: ExportedEntry;
  let after: ExportedEntry;
  let others: { before: ExportedEntry[]; after: ExportedEntry[] };
  let second: BuildReport;
  let droppedPerson: Named;
  let droppedPlace: Named;

  beforeAll(async () => {
    project = await tempProject(await readdir(SEEDS));
    await buildProject();
    const first = await exported();
    // The article to correct: one with at least two people and a place, whatever the seeds hold.
    before = first.find((entry) => entry.people.length >= 2 && entry.places.length >= 1 && !entry.titleGenerated)!;
    expect(before, "a seed with two people and a place").toBeDefined();
    droppedPerson = before.people[0]!;
    droppedPlace = before.places[0]!;
    file = path.join(project.articles, path.basename(before.source));
    const dropMention = droppedPerson.mentions.at(-1) ?? droppedPerson.name; // drop works by any mention
    const frontMatter = [
      "---",
      `title: ${JSON.stringify(CORRECTED.title)}`,
      `date: ${CORRECTED.date}`,
      `outlet: ${CORRECTED.outlet}`,
      "people:",
      `  add: [${JSON.stringify(CORRECTED.addedPerson)}]`,
      `  drop: [${JSON.stringify(dropMention)}]`,
      "places:",
      `  drop: [${JSON.stringify(droppedPlace.name)}]`,
      "organizations:",
      `  add: [${JSON.stringify(CORRECTED.addedOrganization)}]`,
      "---",
      "",
    ].join("\n");
    await writeFile(file, frontMatter + (await readFile(file, "utf8")));
    second = await buildProject();
    const rebuilt = await exported();
    after = rebuilt.find((entry) => entry.source === before.source)!;
    others = {
      before: first.filter((entry) => entry.source !== before.source),
      after: rebuilt.filter((entry) => entry.source !== before.source),
    };
  });

  it("changes the entry in timeline.json", () => {
    expect(after.title).toBe(CORRECTED.title);
    expect(before.title).not.toBe(CORRECTED.title);
    expect(after.titleGenerated).toBe(false);
    expect(after.date).toBe(CORRECTED.date);
    expect(after.datePrecision).toBe("day");
    expect(after.dateRange).toEqual({ earliest: CORRECTED.date, latest: CORRECTED.date });
    expect(after.dateSource).toBe("front-matter");
    expect(after.outlet).toBe(CORRECTED.outlet);

    const people = after.people.map((person) => person.name);
    expect(people).not.toContain(droppedPerson.name);
    expect(people).toContain(CORRECTED.addedPerson);
    // Every other person found before is still there.
    expect(people).toEqual(expect.arrayContaining(before.people.slice(1).map((person) => person.name).filter((name) => name !== droppedPerson.name)));
    expect(after.places.map((place) => place.name)).not.toContain(droppedPlace.name);
    expect(after.organizations.map((organization) => organization.name)).toContain(CORRECTED.addedOrganization);
  });

  it("changes the entry's page", async () => {
    const html = await readFile(path.join(project.out, after.url, "index.html"), "utf8");
    expect(tagged(html, 'data-pagefind-meta="title"')).toEqual([CORRECTED.title]);
    expect(html).toContain(`datetime="${CORRECTED.date}"`);
    expect(tagged(html, 'data-pagefind-filter="outlet"')).toEqual([CORRECTED.outlet]);
    const people = tagged(html, 'data-pagefind-filter="person"');
    expect(people).toContain(CORRECTED.addedPerson);
    expect(people).not.toContain(droppedPerson.name);
    expect(tagged(html, 'data-pagefind-filter="place"')).not.toContain(droppedPlace.name);
    expect(decode(html)).toContain(CORRECTED.addedOrganization);
  });

  it("rebuilds only the corrected entry and leaves the others as they were", () => {
    expect(second.changed).toHaveLength(1);
    expect(second.entries.find((entry) => entry.id === second.changed[0])?.title).toBe(CORRECTED.title);
    expect(others.after).toEqual(others.before);
  });

  it("stops the build on a wrong key, naming the file, the key and the allowed keys", async () => {
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("people:", "peopel:"));
    try {
      const failure = await buildProject().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(InputError);
      const [problem] = (failure as InputError).problems;
      expect(problem?.file).toBe(before.source);
      expect(problem?.reason).toBe('unknown front-matter key "peopel"');
      expect(problem?.fix).toContain("title, date, outlet, people, places, organizations");
      // The site of the last good build is still there.
      expect((await exported()).find((entry) => entry.source === before.source)?.title).toBe(CORRECTED.title);
    } finally {
      await writeFile(file, text);
    }
  });
});
