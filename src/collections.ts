// Maps of lists and of sets: add a value under a key, making the list or set for its first value.

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * An empty object to key by strings from the data (paths, names, words): no prototype, so that a
 * key such as `__proto__`, `constructor` or `toString` is a key like any other (and a crafted one
 * cannot reach Object.prototype). It serialises as JSON as a plain object does.
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
