import { describe, expect, it } from 'vitest';
import { amountInWordsTr, integerInWordsTr } from '../../../core/lib/amount-in-words';

describe('integerInWordsTr — Turkish number words', () => {
  it.each([
    ['0', 'sıfır'],
    ['1', 'bir'],
    ['10', 'on'],
    ['11', 'on bir'],
    ['19', 'on dokuz'],
    ['20', 'yirmi'],
    ['99', 'doksan dokuz'],
    ['100', 'yüz'],
    ['101', 'yüz bir'],
    ['200', 'iki yüz'],
    ['999', 'dokuz yüz doksan dokuz'],
    ['1000', 'bin'],
    ['1001', 'bin bir'],
    ['1100', 'bin yüz'],
    ['2000', 'iki bin'],
    ['11000', 'on bir bin'],
    ['100000', 'yüz bin'],
    ['101000', 'yüz bir bin'],
    ['999999', 'dokuz yüz doksan dokuz bin dokuz yüz doksan dokuz'],
    ['1000000', 'bir milyon'],
    ['1001000', 'bir milyon bin'],
    ['1800000', 'bir milyon sekiz yüz bin'],
    ['2000000000', 'iki milyar'],
    ['1000000000000', 'bir trilyon'],
    ['007', 'yedi'],
  ])('%s → %s', (digits, words) => {
    expect(integerInWordsTr(digits)).toBe(words);
  });

  it('refuses what is not a whole number', () => {
    expect(() => integerInWordsTr('1.5')).toThrow();
  });
});

describe('amountInWordsTr — "Yalnız … Türk Lirası … Kuruş", "… Avro … Sent"', () => {
  it.each([
    ['0.00', 'TRY', 'Yalnız sıfır Türk Lirası'],
    ['0.01', 'TRY', 'Yalnız sıfır Türk Lirası bir Kuruş'],
    ['0.99', 'TRY', 'Yalnız sıfır Türk Lirası doksan dokuz Kuruş'],
    ['1.00', 'TRY', 'Yalnız bir Türk Lirası'],
    ['2500.00', 'TRY', 'Yalnız iki bin beş yüz Türk Lirası'],
    ['25416.67', 'TRY', 'Yalnız yirmi beş bin dört yüz on altı Türk Lirası altmış yedi Kuruş'],
    ['1234567.89', 'TRY', 'Yalnız bir milyon iki yüz otuz dört bin beş yüz altmış yedi Türk Lirası seksen dokuz Kuruş'],
    ['1800000.00', 'TRY', 'Yalnız bir milyon sekiz yüz bin Türk Lirası'],
    ['2500.00', 'EUR', 'Yalnız iki bin beş yüz Avro'],
    ['15000.00', 'EUR', 'Yalnız on beş bin Avro'],
    ['1666.67', 'EUR', 'Yalnız bin altı yüz altmış altı Avro altmış yedi Sent'],
    ['10.10', 'EUR', 'Yalnız on Avro on Sent'],
    ['0.005', 'TRY', 'Yalnız sıfır Türk Lirası bir Kuruş'],
    ['0.004', 'TRY', 'Yalnız sıfır Türk Lirası'],
    ['999.995', 'TRY', 'Yalnız bin Türk Lirası'],
  ] as const)('%s %s', (amount, currency, words) => {
    expect(amountInWordsTr(amount, currency)).toBe(words);
  });

  it('refuses a negative amount', () => {
    expect(() => amountInWordsTr('-1.00', 'TRY')).toThrow();
  });
});
