/** Turkish alphabetical order (ç after c, ı before i, ş after s…) for every list the user sorts by name. */
export const turkishCollator = new Intl.Collator('tr', { sensitivity: 'base', numeric: true });

export function sortTurkish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => turkishCollator.compare(key(a), key(b)));
}

/** Upper case with Turkish rules (i → İ, ı → I). */
export function turkishUpper(text: string): string {
  return text.toLocaleUpperCase('tr-TR');
}
