import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverArticles, InputError, readArticleFile, readArticleFiles } from "../../src/read/index.ts";

describe("discoverArticles", () => {
  it("takes .txt and .md files, skips everything else with a note", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "timeline-discover-"));
    const dir = path.join(root, "content", "articles");
    await mkdir(path.join(dir, "2024"), { recursive: true });
    for (const name of ["b.txt", "a story with spaces.md", "Zürich é.txt", ".DS_Store", "README", "photo.jpg", "2024/nested.txt"]) {
      await writeFile(path.join(dir, name), "Some text.\n");
    }
    const found = await discoverArticles(dir, root);
    expect(found.articles.map((file) => path.relative(dir, file))).toEqual(["2024/nested.txt", "a story with spaces.md", "b.txt", "Zürich é.txt"]);
    expect(found.skipped).toEqual([
      { file: "content/articles/.DS_Store", note: "hidden file" },
      { file: "content/articles/photo.jpg", note: expect.stringContaining("not an article") },
      { file: "content/articles/README", note: "a README, not an article" },
    ]);
  });

  it("collects the problems of every file instead of stopping at the first", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "timeline-read-"));
    await writeFile(path.join(root, "empty.txt"), "  \n");
    await writeFile(path.join(root, "binary.txt"), Buffer.from([1, 2, 0, 3]));
    await writeFile(path.join(root, "good.txt"), "Good text.\n");
    const result = await readArticleFiles(["empty.txt", "binary.txt", "good.txt"].map((name) => path.join(root, name)), root);
    expect(result.articles.map((article) => article.source)).toEqual(["good.txt"]);
    expect(result.problems.map((problem) => problem.file)).toEqual(["empty.txt", "binary.txt"]);
  });

  it("reads files of any size whole, one after another, each only its own bytes", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "timeline-read-sizes-"));
    const long = `${"Negotiators met in Doha — again, and again. ".repeat(6000)}\n`; // some 270 KB, multi-byte characters throughout
    await writeFile(path.join(root, "a-long.txt"), long);
    await writeFile(path.join(root, "b-short.txt"), "Short.\n");
    await writeFile(path.join(root, "c-windows.txt"), Buffer.from("Caf\xe9 talks.\n", "latin1"));
    const result = await readArticleFiles(["a-long.txt", "b-short.txt", "c-windows.txt"].map((name) => path.join(root, name)), root);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((article) => article.text)).toEqual([long, "Short.\n", "Café talks.\n"]);
    expect(result.articles.map((article) => article.encoding)).toEqual(["utf-8", "utf-8", "windows-1252"]);
  });

  it("reads one file as the batch reads each: a file that cannot be read is an input problem naming it", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "timeline-read-one-"));
    await writeFile(path.join(root, "good.txt"), "Good text.\n");
    await expect(readArticleFile(path.join(root, "good.txt"), root)).resolves.toMatchObject({ source: "good.txt", text: "Good text.\n" });
    const missing = readArticleFile(path.join(root, "gone.txt"), root);
    await expect(missing).rejects.toThrow(InputError);
    await expect(missing).rejects.toMatchObject({ problems: [{ file: "gone.txt", reason: expect.stringMatching(/^cannot be read \(ENOENT/) }] });
  });
});
