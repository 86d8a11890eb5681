/** Organisation hits of all sentences → one Organization per canonical name, in reading order. */
import type { Organization } from "../model.ts";
import type { OrganizationHit } from "./organizations.ts";
import type { Sentence } from "./sentences.ts";

export function groupOrganizations(hits: readonly (readonly OrganizationHit[])[], sentences: readonly Sentence[]): Organization[] {
  const byName = new Map<string, Organization>();
  hits.forEach((sentenceHits, index) => {
    for (const hit of sentenceHits) {
      const organization = byName.get(hit.canonical) ?? { name: hit.canonical, mentions: [], sentences: [] };
      if (!organization.mentions.includes(hit.surface)) organization.mentions.push(hit.surface);
      const sentence = sentences[index]!.text;
      if (!organization.sentences.includes(sentence)) organization.sentences.push(sentence);
      byName.set(hit.canonical, organization);
    }
  });
  return [...byName.values()];
}
