/**
 * Maps items through an async function a few at a time, results in the items' order. For file
 * work over thousands of files: all at once would open more files than a system allows (a
 * common limit is 256 or 1,024 open files), one at a time would wait on every read in turn.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, map: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await map(items[at]!, at);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
