/** Grouping rows in first-seen order: by employee, by perspective, by period. */

/** Appends to the list under `key`, in first-seen order of keys. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Groups items by a key, keeping first-seen order. Rows of one employee or
 * perspective usually follow each other: the last group is tried first.
 */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  let lastKey: K | undefined;
  let last: T[] | undefined;
  for (const item of items) {
    const k = key(item);
    if (last && k === lastKey) {
      last.push(item);
      continue;
    }
    last = groups.get(k);
    if (last) last.push(item);
    else groups.set(k, (last = [item]));
    lastKey = k;
  }
  return groups;
}
