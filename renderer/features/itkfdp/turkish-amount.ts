/**
 * An amount typed the Turkish way ("1.850.000,00", "1850000", "1850000,5") as the contract's decimal string
 * ("1850000.00"), or `null` when it is not one; and back for the field's initial text.
 */
const GROUPED = /^\d{1,3}(\.\d{3})*(,\d{1,2})?$/;
const UNGROUPED = /^\d+(,\d{1,2})?$/;

export function parseTurkishAmount(text: string): string | null {
  const trimmed = text.trim().replace(/\s*(₺|TL)$/i, '');
  if (!GROUPED.test(trimmed) && !UNGROUPED.test(trimmed)) return null;
  const [whole = '', fraction = ''] = trimmed.replace(/\./g, '').split(',');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

export function turkishAmountText(decimal: string): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction.padEnd(2, '0').slice(0, 2)}`;
}
