/**
 * The search stage's data: the documents to index, the manifest that lets the next build reuse
 * the shards that did not change, and what one indexing run did.
 */

/** One document to index: what Pagefind reads of an entry's page (src/search/documents.ts). */
export interface SearchDocument {
  /** The entry page's output file relative to the site root, POSIX: "entries/some-title/index.html". */
  file: string;
  /** Best-estimate date of the entry, YYYY-MM-DD (decides its shard). */
  date: string;
  /** A whole HTML document holding the entry's `<article>`. */
  html: string;
}

/** A document as the indexer takes it: made (`render`) only when its shard must be indexed. */
export interface SearchSource {
  file: string;
  date: string;
  /** Changes whenever the document may change. */
  fingerprint: string;
  render: () => string;
}

/** One shard's bundle as built: enough to decide, next time, whether it can be reused. */
export interface SearchManifestShard {
  /** The period: "2024" or "2025-Q1". */
  key: string;
  /** Hash of everything the bundle depends on (see src/search/fingerprint.ts). */
  fingerprint: string;
  /** Pages Pagefind indexed in this shard. */
  pages: number;
  /** The bundle's files, relative to `<site>/pagefind/`, sorted: "2024/pagefind-entry.json", … */
  files: string[];
}

/** JSON-serialisable record of a site's search index; kept by the caller for the next build. */
export interface SearchManifest {
  /** Format of this manifest; a manifest of another format is never reused. */
  format: number;
  /** Files every bundle shares (the Default UI), relative to `<site>/pagefind/`. */
  shared: { fingerprint: string; files: string[] };
  /** Newest period first, as the browser merges them. */
  shards: SearchManifestShard[];
}

export interface SearchIndexResult {
  /** Pages in the index, over all shards. */
  pages: number;
  manifest: SearchManifest;
  /** Shard keys indexed by Pagefind this time. */
  rebuilt: string[];
  /** Shard keys whose files were hard-linked from the previous site. */
  reused: string[];
}

/** What the search page reads (`<site>/pagefind/shards.json`): the bundles to merge, newest first. */
export interface ShardList {
  format: number;
  shards: { key: string; bundle: string; pages: number }[];
}
