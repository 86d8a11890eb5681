import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { findEntryProblem, loadEntries } from "../../src/site/load.ts";
import { makeEntry, writeEntryFiles } from "../support/entries.ts";

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "site-load-"));
}

test("reads every .md entry back, oldest first, ignoring other files", async () => {
  const dir = await tempDir();
  await writeEntryFiles(dir, [
    makeEntry("aaa-newest", { date: { date: "2025-03-05" } }),
    makeEntry("zzz-oldest", { date: { date: "2023-10-20" }, body: [{ kind: "subhead", text: "Sub" }, { kind: "paragraph", text: "Text *here*." }] }),
  ]);
  await writeFile(path.join(dir, "notes.txt"), "not an entry");
  const entries = await loadEntries(dir);
  expect(entries.map((e) => e.id)).toEqual(["zzz-oldest", "aaa-newest"]);
  expect(entries[0]?.body).toEqual([{ kind: "subhead", text: "Sub" }, { kind: "paragraph", text: "Text *here*." }]);
});

test("a missing folder says to run the build", async () => {
  const dir = path.join(await tempDir(), "nope");
  await expect(loadEntries(dir)).rejects.toThrow(/No entries folder at .*nope: run the build first/);
});

test("an entry whose URL could leave the site folder is refused, naming the file", async () => {
  const dir = await tempDir();
  await writeEntryFiles(dir, [makeEntry("evil", { url: "/entries/../../etc/" })]);
  await expect(loadEntries(dir)).rejects.toThrow(/evil\.md: "url" must be a site-relative path/);
});

test("two entries with the same URL are refused", async () => {
  const dir = await tempDir();
  await writeEntryFiles(dir, [makeEntry("one", { url: "/entries/same/" }), makeEntry("two", { url: "/entries/same/" })]);
  await expect(loadEntries(dir)).rejects.toThrow(/two entries share the URL \/entries\/same\//);
});

test("findEntryProblem names the first missing or malformed field", () => {
  expect(findEntryProblem(makeEntry("ok"))).toBeNull();
  expect(findEntryProblem(makeEntry("ok", { url: "entries/ok/" }))).toMatch(/"url"/);
  expect(findEntryProblem(makeEntry("ok", { url: "/entries/a b/" }))).toMatch(/"url"/);
  expect(findEntryProblem(makeEntry("ok", { title: " " }))).toMatch(/"title"/);
  expect(findEntryProblem(makeEntry("ok", { date: { date: "2024-02-30" } }))).toMatch(/"date"/);
  expect(findEntryProblem({ ...makeEntry("ok"), figures: undefined } as never)).toMatch(/"figures" must be a list/);
});
