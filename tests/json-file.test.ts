import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { jsonPieces, writeJsonFile } from "../src/json-file.ts";

const dir = await mkdtemp(path.join(os.tmpdir(), "json-file-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

const documents: Record<string, unknown>[] = [
  {},
  { only: undefined },
  { list: [] },
  { list: [1, "two", { three: [3, { deep: true }] }, null, undefined], after: "x" },
  { before: { nested: { a: [1, 2] } }, text: 'quotes " and\nline breaks\tand 🕊️', n: 1.5, no: undefined, yes: false, empty: {} },
  { entries: Array.from({ length: 3000 }, (_, i) => ({ id: `entry-${i}`, words: "word ".repeat(100), list: [i, i + 1] })), tail: { done: true } },
];

describe("jsonPieces", () => {
  test.each(documents.map((document, i) => [i, document]))("document %i joins to JSON.stringify(document, null, 2) and a newline", (_, document) => {
    expect([...jsonPieces(document)].join("")).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  test("a lazy list is serialised item by item, the same as an array", () => {
    function* items() {
      yield { a: 1 };
      yield { b: 2 };
    }
    expect([...jsonPieces({ list: items() })].join("")).toBe(`${JSON.stringify({ list: [...items()] }, null, 2)}\n`);
  });
});

describe("writeJsonFile", () => {
  test.each(documents.map((document, i) => [i, document]))("document %i is written as JSON.stringify gives it", async (i, document) => {
    const file = path.join(dir, `${i}.json`);
    await writeJsonFile(file, document);
    expect(await readFile(file, "utf8")).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  test("copies a list item from the previous file when its key is unchanged, and indexes the new file", async () => {
    const first = path.join(dir, "reuse-1.json");
    const identify = (item: unknown) => ({ id: (item as { id: string }).id, key: (item as { key?: string }).key });
    const items = [{ id: "a", key: "1", text: "alpha" }, { id: "b", key: "2", text: "bravo" }, { id: "c", text: "no key" }];
    const index = await writeJsonFile(first, { list: items, after: { n: 1 } }, { field: "list", identify });
    expect(Object.keys(index.items)).toEqual(["a", "b"]);
    expect(index.size).toBe((await readFile(first)).length);
    const second = path.join(dir, "reuse-2.json");
    // Item a keeps its key but not its text: copied, it still reads "alpha", as the key says it may.
    const next = [{ ...items[0]!, text: "ALPHA" }, { id: "b", key: "3", text: "bravo!" }, { id: "c", text: "no key" }, { id: "d", key: "4", text: "delta" }];
    const nextIndex = await writeJsonFile(second, { list: next, after: { n: 2 } }, { field: "list", identify, previous: { file: first, index } });
    expect(await readFile(second, "utf8")).toBe(`${JSON.stringify({ list: next, after: { n: 2 } }, null, 2)}\n`.replace('"ALPHA"', '"alpha"'));
    expect(Object.keys(nextIndex.items)).toEqual(["a", "b", "d"]);
    const bytes = await readFile(second);
    const [, start, end] = nextIndex.items.d!;
    expect(JSON.parse(bytes.subarray(start, end).toString())).toEqual(next[3]);
  });

  test("writes and copies across its write buffer's bounds: many items, multi-byte text, items larger than the buffer", async () => {
    const identify = (item: unknown) => ({ id: (item as { id: string }).id, key: (item as { key?: string }).key });
    // About 3 MB in all (the buffer holds 1 MB), with two items of more than 1 MB each.
    const items = Array.from({ length: 2000 }, (_, i) => ({ id: `i${i}`, key: "k", text: `“${"é🕊️ ".repeat(i % 7 === 0 ? 40 : 5)}” ${i}` }));
    items[10] = { id: "i10", key: "k", text: "ü".repeat(700_000) };
    items[1500] = { id: "i1500", key: "k", text: "x".repeat(1_200_000) };
    const first = path.join(dir, "bounds-1.json");
    const index = await writeJsonFile(first, { head: "“start”", list: items }, { field: "list", identify });
    expect(await readFile(first, "utf8")).toBe(`${JSON.stringify({ head: "“start”", list: items }, null, 2)}\n`);
    // Every other item changed (a new key): the rest are copied, from all over the previous file.
    const next = items.map((item, i) => (i % 2 === 0 ? item : { ...item, key: "k2", text: `${item.text}!` }));
    const second = path.join(dir, "bounds-2.json");
    const nextIndex = await writeJsonFile(second, { head: "“start”", list: next }, { field: "list", identify, previous: { file: first, index } });
    const bytes = await readFile(second);
    expect(bytes.toString("utf8")).toBe(`${JSON.stringify({ head: "“start”", list: next }, null, 2)}\n`);
    expect(nextIndex.size).toBe(bytes.length);
    for (const id of ["i10", "i1500", "i1999"]) {
      const [, start, end] = nextIndex.items[id]!;
      expect(JSON.parse(bytes.subarray(start, end).toString()).id).toBe(id);
    }
  });

  test("copies nothing from a previous file changed since it was indexed, even to the same size", async () => {
    const first = path.join(dir, "changed-1.json");
    const identify = (item: unknown) => ({ id: (item as { id: string }).id, key: (item as { key?: string }).key });
    const items = [{ id: "a", key: "1", text: "alpha" }];
    const index = await writeJsonFile(first, { list: items }, { field: "list", identify });
    // A hand edit that keeps the size: the index no longer describes the file. (Its time is set,
    // as a file system whose clock ticks coarsely could give it the time of the write above.)
    await writeFile(first, (await readFile(first, "utf8")).replace('"alpha"', '"ALPHA"'));
    const edited = new Date("2030-01-01T00:00:00Z");
    await utimes(first, edited, edited);
    expect((await readFile(first)).length).toBe(index.size);
    const second = path.join(dir, "changed-2.json");
    await writeJsonFile(second, { list: items }, { field: "list", identify, previous: { file: first, index } });
    expect(await readFile(second, "utf8")).toBe(`${JSON.stringify({ list: items }, null, 2)}\n`);
  });
});
