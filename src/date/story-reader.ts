/**
 * Walks untrusted YAML data for the story reference, checking each value's type and failing with
 * the file name and the exact key path ("story.yaml: events[2].date: …").
 */
import type { IsoDay } from "../model.ts";
import { parseIsoDay } from "./days.ts";

export class StoryError extends Error {
  override name = "StoryError";
}

export class Reader {
  constructor(
    private readonly fileName: string,
    private readonly where: string,
    readonly value: unknown,
  ) {}

  fail(message: string): never {
    throw new StoryError(`${this.fileName}: ${this.where || "(top level)"}: ${message}`);
  }

  object(): Reader {
    if (typeof this.value !== "object" || this.value === null || Array.isArray(this.value)) this.fail("expected a mapping");
    return this;
  }

  optionalKey(key: string): Reader | undefined {
    const record = this.object().value as Record<string, unknown>;
    return record[key] === undefined || record[key] === null ? undefined : this.child(key, record[key]);
  }

  key(key: string): Reader {
    return this.optionalKey(key) ?? this.child(key, undefined).fail("is missing");
  }

  array(): Reader[] {
    if (!Array.isArray(this.value)) this.fail("expected a list");
    return (this.value as unknown[]).map((item, index) => new Reader(this.fileName, `${this.where}[${index}]`, item));
  }

  string(): string {
    if (typeof this.value !== "string" || this.value.trim() === "") this.fail(`expected text, got ${JSON.stringify(this.value)}`);
    return this.value as string;
  }

  number(): number {
    if (typeof this.value !== "number" || !Number.isFinite(this.value)) this.fail(`expected a number, got ${JSON.stringify(this.value)}`);
    return this.value as number;
  }

  isoDay(): IsoDay {
    const text = typeof this.value === "string" ? this.value : String(this.value);
    if (parseIsoDay(text) === undefined) this.fail(`expected YYYY-MM-DD, got ${JSON.stringify(this.value)}`);
    return text;
  }

  /** A pattern's source, checked to compile. */
  patternSource(): string {
    this.regex();
    return this.string();
  }

  regex(): RegExp {
    const source = this.string();
    try {
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "giu");
    } catch (error) {
      return this.fail(`not a valid pattern (${(error as Error).message})`);
    }
  }

  private child(key: string, value: unknown): Reader {
    return new Reader(this.fileName, this.where ? `${this.where}.${key}` : key, value);
  }
}
