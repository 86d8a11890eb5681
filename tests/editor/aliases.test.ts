/**
 * Name rules in `content/reference/aliases.yaml` as an editor writes them: a person's full name
 * for a surname the text uses alone, an organisation's other name. Run through the same stages
 * as `npm run build` and `npm run add` (references loaded from a folder, then clean → extract →
 * date → entry), on a temporary copy of the reference folder. A wrong key names file and key.
 */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferences } from "../../src/cli/references.ts";
import { processArticle } from "../../src/cli/process.ts";
import { buildEntries } from "../../src/entries/index.ts";
import type { Entry } from "../../src/model.ts";
import { parseArticle } from "../../src/read/index.ts";
import { PROJECT_ROOT } from "./cli.ts";

const ARTICLE = `Mediators report progress in the hostage talks

Testperson, who leads the mediation team, met negotiators in Doha on Tuesday, officials said.

Testperson told reporters that the ERA would send aid convoys as soon as a deal was signed. The ERA has run aid convoys before.
`;

function entryFor(referenceDir: string): Entry {
  const article = parseArticle(new TextEncoder().encode(ARTICLE), "content/articles/mediators.txt");
  if (Array.isArray(article)) throw new Error(JSON.stringify(article));
  const [entry] = buildEntries([processArticle(article, loadReferences({ reference: referenceDir }))]);
  return entry!;
}

describe("name rules in aliases.yaml", () => {
  let reference: string;
  let before: Entry;
  let after: Entry;

  beforeAll(async () => {
    reference = await mkdtemp(path.join(tmpdir(), "timeline-reference-"));
    await cp(path.join(PROJECT_ROOT, "content", "reference"), reference, { recursive: true });
    before = entryFor(reference);
    const aliases = await readFile(path.join(reference, "aliases.yaml"), "utf8");
    await writeFile(
      path.join(reference, "aliases.yaml"),
      aliases
        .replace(/^people:\n/m, "people:\n  Jane Testperson: [Testperson]\n")
        .replace(/^organizations:\n/m, "organizations:\n  Example Relief Agency: [ERA]\n"),
    );
    after = entryFor(reference);
  });

  it("gives a surname used alone its full name", () => {
    expect(before.people.map((person) => person.name)).not.toContain("Jane Testperson");
    const person = after.people.find((candidate) => candidate.name === "Jane Testperson");
    expect(person?.mentions).toContain("Testperson");
    expect(after.people.map((candidate) => candidate.name)).not.toContain("Testperson");
  });

  it("gives an organisation's other name its canonical name", () => {
    expect(before.organizations.map((organization) => organization.name)).not.toContain("Example Relief Agency");
    expect(after.organizations.find((organization) => organization.name === "Example Relief Agency")?.mentions).toContain("ERA");
  });

  it("rejects a wrong key, naming the file and the key", async () => {
    const broken = await mkdtemp(path.join(tmpdir(), "timeline-reference-"));
    await cp(reference, broken, { recursive: true });
    const aliases = await readFile(path.join(broken, "aliases.yaml"), "utf8");
    await writeFile(path.join(broken, "aliases.yaml"), aliases.replace(/^people:/m, "peeple:"));
    expect(() => loadReferences({ reference: broken })).toThrow(/aliases\.yaml: peeple: unknown key \(allowed: people, /);
  });
});
