import { mkdtemp, readFile, rm } from "node:fs/promises";
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
});
