import { Decimal } from 'decimal.js';
import { Money } from './money';

/**
 * Amounts in Turkish words, as KOSGEB forms and payment orders write them under the figure:
 * `Yalnız yirmi beş bin dört yüz on altı Türk Lirası altmış yedi Kuruş`, `Yalnız iki bin beş yüz Avro`.
 * Turkish says `yüz` and `bin` without `bir` before them (`bin iki yüz`, not `bir bin iki yüz`), but `bir milyon`.
 * The amount is rounded half up to two places first; a zero fraction is not written.
 */

const ONES = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'] as const;
const TENS = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'] as const;
/** Scale words of each group of three digits, from the lowest; up to 10^21 (trilyar is far above any support amount). */
const SCALES = ['', 'bin', 'milyon', 'milyar', 'trilyon', 'katrilyon', 'kentilyon'] as const;

function hundredsInWords(value: number): string[] {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  const words: string[] = [];
  if (hundreds > 0) {
    if (hundreds > 1) words.push(ONES[hundreds] ?? '');
    words.push('yüz');
  }
  if (tens > 0) words.push(TENS[tens] ?? '');
  if (ones > 0) words.push(ONES[ones] ?? '');
  return words;
}

/** A non-negative whole number in Turkish words: `1234` → `bin iki yüz otuz dört`, `0` → `sıfır`. */
export function integerInWordsTr(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new Error(`Sayı değil: ${digits}`);
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed === '0') return 'sıfır';
  const groups: number[] = [];
  for (let end = trimmed.length; end > 0; end -= 3) groups.push(Number(trimmed.slice(Math.max(0, end - 3), end)));
  if (groups.length > SCALES.length) throw new Error(`Sayı yazıyla yazılamayacak kadar büyük: ${digits}`);
  const words: string[] = [];
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index] ?? 0;
    if (group === 0) continue;
    const scale = SCALES[index] ?? '';
    // "bin", never "bir bin"; "bir milyon" keeps its "bir".
    if (!(index === 1 && group === 1)) words.push(...hundredsInWords(group));
    if (scale !== '') words.push(scale);
  }
  return words.join(' ');
}

export type WordsCurrency = 'TRY' | 'EUR';

const UNIT_NAMES: Readonly<Record<WordsCurrency, { readonly main: string; readonly minor: string }>> = {
  TRY: { main: 'Türk Lirası', minor: 'Kuruş' },
  EUR: { main: 'Avro', minor: 'Sent' },
};

/** `Yalnız … Türk Lirası … Kuruş` / `Yalnız … Avro … Sent` for a non-negative amount (decimal string or Money). */
export function amountInWordsTr(amount: Money | string, currency: WordsCurrency): string {
  const value = typeof amount === 'string' ? new Money(amount) : amount;
  if (value.isNegative()) throw new Error(`Eksi tutar yazıyla yazılmaz: ${value.toString()}`);
  const fixed = value.toFixed(2, Decimal.ROUND_HALF_UP);
  const [whole = '0', fraction = '00'] = fixed.split('.');
  const names = UNIT_NAMES[currency];
  const parts = ['Yalnız', integerInWordsTr(whole), names.main];
  if (fraction !== '00') parts.push(integerInWordsTr(fraction), names.minor);
  return parts.join(' ');
}
