/**
 * The search stage's failures say which shard, and which page when it is about one page.
 */

/** A failure while indexing, naming the shard and, when it is about one page, its file. */
export class SearchIndexError extends Error {
  constructor(
    readonly shard: string | null,
    readonly file: string | null,
    reason: string,
  ) {
    super(`Search index${shard ? `, shard ${shard}` : ""}${file ? `, ${file}` : ""}: ${reason}`);
    this.name = "SearchIndexError";
  }
}
