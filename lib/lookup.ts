/**
 * A table lookup for text that comes from files and pages: only the table's own keys, so that
 * "__proto__", "constructor" and friends are ordinary unknown words, never Object's own properties.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
