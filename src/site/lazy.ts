/**
 * `object` with `key` made by `make` on first read, and not enumerable (not serialised, not
 * copied by a spread): for what only a rendered page shows, and whose inputs the object holds
 * otherwise (a place's inset: most builds render a few of hundreds of place pages).
 */
export function lazily<T extends object, K extends string, V>(object: T, key: K, make: () => V): T & { readonly [key in K]: V } {
  let made: { value: V } | undefined;
  return Object.defineProperty(object, key, {
    get: () => (made ??= { value: make() }).value,
    enumerable: false,
  }) as T & { readonly [key in K]: V };
}
