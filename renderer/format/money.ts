/**
 * Money on screen: the contract carries amounts as decimal strings ("1234567.89"); they are formatted as strings,
 * never parsed into floats (Intl.NumberFormat formats a decimal string exactly). Turkish usage writes the symbol
 * after the amount (1.234.567,89 ₺; 2.500,00 €), while CLDR's tr pattern puts it first, so the parts are reordered.
 */
export type Currency = 'TRY' | 'EUR';

const DECIMAL = /^-?\d+(\.\d+)?$/;

const SYMBOLS: Readonly<Record<Currency, string>> = { TRY: '₺', EUR: '€' };

const formatters: Readonly<Record<Currency, Intl.NumberFormat>> = {
  TRY: new Intl.NumberFormat('tr-TR', { style: 'currency', currency: 'TRY' }),
  EUR: new Intl.NumberFormat('tr-TR', { style: 'currency', currency: 'EUR' }),
};

const plain = new Intl.NumberFormat('tr-TR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value);
}

/**
 * Intl.NumberFormat formats a decimal string exactly (ES2023 Intl); the parameter type is taken from the lib in use
 * so the layers still compiled against ES2022 (the tests) accept it too.
 */
type FormattableDecimal = NonNullable<Parameters<Intl.NumberFormat['formatToParts']>[0]>;

function assertDecimal(value: string): FormattableDecimal {
  if (!DECIMAL.test(value)) throw new RangeError(`Tutar ondalık metin değil: "${value}"`);
  return value as unknown as FormattableDecimal;
}

/** "1234567.89", "TRY" → "1.234.567,89 ₺"; "-2500", "EUR" → "-2.500,00 €". */
export function formatMoney(amount: string, currency: Currency): string {
  const parts = formatters[currency].formatToParts(assertDecimal(amount));
  const number = parts
    .filter((part) => part.type !== 'currency' && part.type !== 'literal')
    .map((part) => part.value)
    .join('');
  return `${number} ${SYMBOLS[currency]}`;
}

/** "1234567.8" → "1.234.567,80" (a decimal without its currency, e.g. in a formula). */
export function formatDecimal(amount: string): string {
  return plain.format(assertDecimal(amount));
}
