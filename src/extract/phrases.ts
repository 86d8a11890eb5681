/**
 * A dictionary of multi-word phrases matched against tokens, longest phrase first. Used for
 * every lexicon of the extractor (organisations, titles, people's aliases, place names).
 */
import type { Token } from "./tokens.ts";

export interface PhraseMatch<T> {
  value: T;
  /** How many tokens the phrase covers. */
  length: number;
}

export class PhraseIndex<T> {
  private readonly entries = new Map<string, T>();
  /** First word of the phrases → the longest phrase it starts: most look-ups stop here. */
  private readonly starts = new Map<string, number>();

  /** `caseless` phrases match in any letter case ("Director", "director"). */
  constructor(private readonly caseless = false) {}

  /** Adds a phrase given as token keys; the first value given for a phrase is kept. */
  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    const key = this.join(keys);
    if (!this.entries.has(key)) this.entries.set(key, value);
    const first = this.fold(keys[0]!);
    this.starts.set(first, Math.max(this.starts.get(first) ?? 0, keys.length));
  }

  get(keys: readonly string[]): T | undefined {
    return this.entries.get(this.join(keys));
  }

  /**
   * The longest phrase starting at `tokens[from]` and ending before `limit`. The phrase's last
   * token may carry a possessive ending ("Hamas's", "Israel's").
   */
  match(tokens: readonly Token[], from: number, limit = tokens.length): PhraseMatch<T> | undefined {
    const first = tokens[from];
    if (!first || from >= limit) return undefined;
    const longest = Math.max(this.starts.get(this.fold(first.key)) ?? 0, first.possessive ? (this.starts.get(this.fold(first.bare)) ?? 0) : 0);
    const most = Math.min(longest, limit - from);
    for (let length = most; length >= 1; length--) {
      const inner: string[] = [];
      for (let index = from; index < from + length - 1; index++) inner.push(tokens[index]!.key);
      const last = tokens[from + length - 1]!;
      const exact = this.entries.get(this.join([...inner, last.key]));
      if (exact !== undefined) return { value: exact, length };
      if (last.possessive) {
        const bare = this.entries.get(this.join([...inner, last.bare]));
        if (bare !== undefined) return { value: bare, length };
      }
    }
    return undefined;
  }

  private join(keys: readonly string[]): string {
    return this.fold(keys.join(" "));
  }

  private fold(text: string): string {
    return this.caseless ? text.toLowerCase() : text;
  }
}
