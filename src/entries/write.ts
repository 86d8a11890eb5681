/**
 * Entry files on disk. `dir` holds one `<id>.md` per entry and two records of the last write:
 * `.manifest.json`, the hash of each file's content, and `.entry-keys.json`, the hash of the
 * entry each file was made from (with the code that makes entries and turns them into Markdown).
 * A rebuild serialises only entries whose key changed, and writes only files whose content
 * changed, so with nothing changed it reads no entry file back.
 *
 * An entry's key is the hash of its JSON, or, when the caller knows where the entry came from
 * (`origins`: for each source, a key of everything its processed results depend on, such as the
 * processing cache's key), the hash of that origin with the entry's id, URL and sources: the rest
 * of an entry is made from its first source's results alone. At 10,000 entries that spares
 * hashing some 250 MB of JSON on every build.
 */
import { createHash, hash as hashText, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Entry } from "../model.ts";
import { entryToMarkdown } from "./markdown.ts";

const MANIFEST = ".manifest.json";
const ENTRY_KEYS = ".entry-keys.json";
/** The code an entry file's bytes depend on besides the processed results: making entries, and writing them. */
const ENTRY_CODE = ["index.ts", "markdown.ts", "yaml.ts"];

/**
 * Makes `dir` hold exactly one Markdown file per entry. Unchanged files are not rewritten, so a
 * watcher (the dev server) sees only the entries that really changed. Returns the ids written.
 * `keys` are the entries' keys from `entryKeys` (the caller has them already when it needs them
 * elsewhere too, as the build does to fingerprint pages); made here from the entries' JSON when
 * not given.
 */
export async function writeEntries(entries: readonly Entry[], dir: string, keys?: ReadonlyMap<string, string>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const manifestFile = path.join(dir, MANIFEST);
  const keysFile = path.join(dir, ENTRY_KEYS);
  const [manifestText, keysText, names, keyOf] = await Promise.all([readRecord(manifestFile), readRecord(keysFile), readdir(dir), keys ?? entryKeys(entries)]);
  const previous = parseRecord(manifestText);
  const previousKeys = parseRecord(keysText);
  const present = new Set(names);
  const keep = new Set([...entries.map((entry) => `${entry.id}.md`), MANIFEST, ENTRY_KEYS]);
  await Promise.all(names.filter((name) => !keep.has(name)).map((stale) => rm(path.join(dir, stale), { recursive: true, force: true })));

  const manifest: Record<string, string> = {};
  const keysRecord: Record<string, string> = {};
  const written: string[] = [];
  let recordsRemoved = false;
  for (const entry of entries) {
    const fileName = `${entry.id}.md`;
    const key = keyOf.get(entry.id)!;
    keysRecord[fileName] = key;
    const file = present.has(fileName) ? previous[fileName] : undefined;
    if (file !== undefined && previousKeys[fileName] === key) {
      manifest[fileName] = file;
      continue;
    }
    const markdown = entryToMarkdown(entry);
    const hash = hashText("sha256", markdown, "base64url");
    manifest[fileName] = hash;
    if (file === hash) continue;
    if (!recordsRemoved) {
      // Until the new records are written, an interrupted build must not trust the old ones.
      await Promise.all([rm(manifestFile, { force: true }), rm(keysFile, { force: true })]);
      recordsRemoved = true;
    }
    // Synchronous: measured here, thousands of small files write several times faster than through the thread pool.
    writeFileSync(path.join(dir, fileName), markdown);
    written.push(entry.id);
  }
  await Promise.all([writeRecord(manifestFile, manifest, recordsRemoved ? null : manifestText), writeRecord(keysFile, keysRecord, recordsRemoved ? null : keysText)]);
  return written;
}

/** Each entry's key (id → a hash that changes whenever the entry does), for `writeEntries` and the site stage's page fingerprints. */
export async function entryKeys(entries: readonly Entry[], origins?: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const code = await entryCodeHash();
  return new Map(entries.map((entry) => [entry.id, entryKey(entry, code, origins)]));
}

function entryKey(entry: Entry, code: string, origins: ReadonlyMap<string, string> | undefined): string {
  const hash = createHash("sha256").update(code);
  const origin = origins?.get(entry.sources[0] ?? "");
  if (origin === undefined) return hash.update("\0entry\0").update(JSON.stringify(entry)).digest("base64url");
  return hash.update("\0origin\0").update(origin).update("\0").update(JSON.stringify([entry.id, entry.url, entry.sources])).digest("base64url");
}

/**
 * Hash of the entry code's source, read once per process: editing it re-serialises every entry.
 * Source that cannot be read gives a key no earlier build has, so nothing is taken as unchanged.
 */
let entryCode: Promise<string> | undefined;
function entryCodeHash(): Promise<string> {
  entryCode ??= Promise.all(ENTRY_CODE.map((name) => readFile(new URL(name, import.meta.url), "utf8")))
    .then((sources) => hashText("sha256", sources.join("\0"), "base64url"))
    .catch(() => randomUUID());
  return entryCode;
}

async function readRecord(file: string): Promise<string | null> {
  return readFile(file, "utf8").catch(() => null);
}

/** A record cut short by an interrupted build counts as no record. */
function parseRecord(text: string | null): Record<string, string> {
  try {
    return text === null ? {} : (JSON.parse(text) as Record<string, string>);
  } catch {
    return {};
  }
}

/** Writes the record unless the file already holds exactly this text. */
async function writeRecord(file: string, record: Record<string, string>, current: string | null): Promise<void> {
  const text = `${JSON.stringify(record, Object.keys(record).sort(), 0)}\n`;
  if (text !== current) await writeFile(file, text);
}
