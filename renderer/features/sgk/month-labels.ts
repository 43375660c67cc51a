const SHORT_MONTHS = ['Oca', 'Şub', 'Mar', 'Nis', 'May', 'Haz', 'Tem', 'Ağu', 'Eyl', 'Eki', 'Kas', 'Ara'];

/** "2025-01" → "Oca 2025": the chart axis, short like the tables of SGK's own e-Bildirge screens. */
export function shortMonth(iso: string): string {
  const name = SHORT_MONTHS[Number(iso.slice(5, 7)) - 1];
  if (name === undefined || !/^\d{4}-\d{2}$/.test(iso)) throw new RangeError(`Ay ISO biçiminde değil: "${iso}"`);
  return `${name} ${iso.slice(0, 4)}`;
}
