// A few tasks at a time over a list: `limit` workers take the next item until none is left, so
// no more than `limit` tasks run at once, and the results keep the order of the items.

/** `task` for every item, at most `limit` at a time; rejects with the first task's rejection (the others run on to their end). */
export async function mapConcurrently<Item, Result>(items: readonly Item[], limit: number, task: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as Item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
