/** Appends a value to the list kept under a key in a map of lists (a multimap), starting the list when needed. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
