/**
 * `npm run add`, run as the editor runs it, against a temporary articles folder: a valid article
 * is copied under a clean name and previewed (title, date with precision and evidence, outlet,
 * people, places); a second one of the same name never overwrites the first; an invalid one is
 * refused with the reasons, a non-zero exit and nothing copied.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, tempProject } from "./cli.ts";

const VALID = path.join(FIXTURES, "doha-talks.txt");

describe("npm run add", () => {
  it("copies a valid article under a clean file name and shows what the build will make of it", async () => {
    const project = await tempProject();
    const input = path.join(project.dir, "Doha Talks (draft 2).TXT");
    await writeFile(input, await readFile(VALID));

    const run = await runCli("add", [input, "--articles", project.articles]);

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(await readdir(project.articles)).toEqual(["doha-talks-draft-2.txt"]);
    expect(await readFile(path.join(project.articles, "doha-talks-draft-2.txt"))).toEqual(await readFile(VALID));
    expect(run.stdout).toContain(`Added ${path.join(project.articles, "doha-talks-draft-2.txt")}`);
    expect(run.stdout).toMatch(/^Title: +Negotiators gather in Doha for a new round of hostage talks$/m);
    expect(run.stdout).toMatch(/^Date: +\d{4}-\d{2}-\d{2} \(precision: (day|week|month|year), range \d{4}-\d{2}-\d{2} … \d{4}-\d{2}-\d{2}, from (text|inferred)\)$/m);
    // Evidence lines quote the article: every quoted phrase is in its text.
    const quoted = [...run.stdout.matchAll(/^ +“(.+?)” → /gm)].map((match) => match[1]!);
    expect(quoted.length).toBeGreaterThan(0);
    const text = (await readFile(VALID, "utf8")).replace(/\s+/g, " ");
    for (const phrase of quoted) expect(text).toContain(phrase);
    expect(run.stdout).toMatch(/^Outlet: /m);
    expect(run.stdout).toMatch(/^People: .*William Burns/m);
    expect(run.stdout).toMatch(/^Places: .*Doha \[city, QA\]/m);
    expect(run.stdout).toMatch(/^Organisations: .*Hamas/m);
    expect(run.stdout).toMatch(/^Figures: /m);
    expect(run.stdout).toContain("no outlet found in the text"); // the fixture names no publisher
  });

  it("never overwrites: a different article of the same name gets a new name; the same file is not copied twice", async () => {
    const project = await tempProject();
    const first = path.join(project.dir, "first", "talks.txt");
    const second = path.join(project.dir, "second", "talks.txt");
    const validText = await readFile(VALID, "utf8");
    await mkdir(path.dirname(first));
    await mkdir(path.dirname(second));
    await writeFile(first, validText);
    await writeFile(second, validText.replace("gather in Doha", "gather in Cairo"));

    expect((await runCli("add", [first, "--articles", project.articles])).code).toBe(0);
    const again = await runCli("add", [second, "--articles", project.articles]);
    expect(again.code).toBe(0);
    expect((await readdir(project.articles)).sort()).toEqual(["talks-2.txt", "talks.txt"]);
    expect(await readFile(path.join(project.articles, "talks.txt"), "utf8")).toBe(validText);
    expect(again.stdout).toMatch(/^Title: +Negotiators gather in Cairo/m);

    const same = await runCli("add", [first, "--articles", project.articles]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain(`${path.join(project.articles, "talks.txt")} is already this exact file`);
    expect((await readdir(project.articles)).sort()).toEqual(["talks-2.txt", "talks.txt"]);
  });

  it("takes the text on standard input and names the file after its headline", async () => {
    const project = await tempProject();
    const run = await runCli("add", ["--articles", project.articles], await readFile(VALID, "utf8"));
    expect(run.code).toBe(0);
    expect(await readdir(project.articles)).toEqual(["negotiators-gather-in-doha-for-a-new-round-of-hostage-talks.txt"]);
  });

  it("refuses an invalid article with every reason, exits non-zero and copies nothing", async () => {
    const project = await tempProject();
    const input = path.join(project.dir, "bad.txt");
    await writeFile(input, `---\nheadline: "Talks resume"\ndate: 2024-02-30\n---\n${await readFile(VALID, "utf8")}`);

    const run = await runCli("add", [input, "--articles", project.articles]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Not added");
    expect(run.stderr).toContain(`${input}:2: unknown front-matter key "headline"`);
    expect(run.stderr).toContain("title, date, outlet, people, places, organizations");
    expect(run.stderr).toContain(`"date" is not a real calendar day ("2024-02-30")`);
    expect(run.stdout).not.toContain("Added");
    expect(await readdir(project.articles)).toEqual([]);
  });

  it("refuses an empty file and a missing file", async () => {
    const project = await tempProject();
    const empty = path.join(project.dir, "empty.txt");
    await writeFile(empty, " \n\n");
    const emptyRun = await runCli("add", [empty, "--articles", project.articles]);
    expect(emptyRun.code).toBe(1);
    expect(emptyRun.stderr).toContain("the file is empty");
    const missingRun = await runCli("add", [path.join(project.dir, "nope.txt"), "--articles", project.articles]);
    expect(missingRun.code).toBe(1);
    expect(missingRun.stderr).toContain("nope.txt: no such file");
    expect(await readdir(project.articles)).toEqual([]);
  });
});
