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

/** For `.catch`: a page that cannot be read, as a SearchIndexError. */
export function cannotRead(key: string, file: string): (error: Error) => never {
  return (error) => {
    throw new SearchIndexError(key, file, `cannot read the page: ${error.message}`);
  };
}
