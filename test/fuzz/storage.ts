// An in-memory Web Storage for Node (the fuzzers and tests of src/state/saved.ts
// outside a browser): the same API and the same string-only values.
export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (index: number) => [...map.keys()][index] ?? null,
    getItem: (key: string) => (map.has(String(key)) ? map.get(String(key))! : null),
    setItem: (key: string, value: string) => void map.set(String(key), String(value)),
    removeItem: (key: string) => void map.delete(String(key)),
    clear: () => map.clear(),
  };
}
