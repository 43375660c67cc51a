import { Decimal } from 'decimal.js';
import { isMoneyString } from '../../core/lib/money';

/**
 * Money crosses the repository boundary as a decimal string with two fraction
 * digits (`"1800000.00"`, the core's program-read form) and is stored as an
 * integer number of minor units (kuruş, euro cent). Both directions are exact.
 */

export function minorUnitsFromMoney(amount: string): number {
  if (!isMoneyString(amount)) throw new Error(`Geçersiz tutar "${amount}": iki ondalık haneli ondalık sayı bekleniyor.`);
  const minor = new Decimal(amount).times(100);
  const value = minor.toNumber();
  if (!minor.isInteger() || !Number.isSafeInteger(value)) throw new Error(`Tutar saklanamıyor: ${amount}`);
  return value;
}

export function moneyFromMinorUnits(minor: number): string {
  if (!Number.isSafeInteger(minor)) throw new Error(`Geçersiz kuruş/sent değeri: ${minor}`);
  return new Decimal(minor).div(100).toFixed(2);
}
