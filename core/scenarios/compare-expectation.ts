/**
 * spec/scenario-format.md: a key present in `expect` is compared exactly, an absent one is not compared; lists of
 * check codes (`failed`, `missingData`) are compared as sets. Returns the first difference, or `null`.
 */
const SET_KEYS = new Set(['failed', 'missingData']);

function show(value: unknown): string {
  return value === undefined ? 'yok' : JSON.stringify(value);
}

function differs(path: string, expected: unknown, actual: unknown): string {
  return `${path}: beklenen ${show(expected)}, bulunan ${show(actual)}`;
}

function sortedCodes(value: unknown): unknown {
  return Array.isArray(value) ? [...new Set((value as unknown[]).map(String))].sort() : value;
}

export function firstDifference(expected: unknown, actual: unknown, path = 'expect'): string | null {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return differs(path, expected, actual);
    if (expected.length !== actual.length) {
      return `${path}: beklenen ${expected.length} öğe, bulunan ${actual.length} öğe (${show(actual)})`;
    }
    for (let index = 0; index < expected.length; index += 1) {
      const difference = firstDifference(expected[index], actual[index], `${path}[${index}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return differs(path, expected, actual);
    const actualRecord = actual as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      const keyPath = `${path}.${key}`;
      const difference = SET_KEYS.has(key)
        ? firstDifference(sortedCodes(value), sortedCodes(actualRecord[key]), keyPath)
        : firstDifference(value, actualRecord[key], keyPath);
      if (difference !== null) return difference;
    }
    return null;
  }
  return Object.is(expected, actual) ? null : differs(path, expected, actual);
}
