/** The reference data every article is read against: aliases, gazetteer, story events. */
import path from "node:path";
import { loadStory } from "../date/story.ts";
import { loadExtractReference } from "../extract/reference.ts";
import type { ProjectPaths } from "./paths.ts";
import type { References } from "./process.ts";

export function loadReferences(paths: Pick<ProjectPaths, "reference">): References {
  return {
    story: loadStory(path.join(paths.reference, "story.yaml")),
    extract: loadExtractReference(paths.reference),
  };
}
