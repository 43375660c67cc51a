import { describe, expect, it } from 'vitest';
import { mixedScriptWarning } from '../../../core/lib/mixed-script';

/** Issue 12 item 4: a Cyrillic or Greek letter in a Latin name is flagged at data entry. */
describe('mixedScriptWarning', () => {
  it.each([
    ['Işık Tekstil San. ve Tic. Ltd. Şti.'],
    ['ÇĞİÖŞÜ çğıöşü Âîû'],
    ['ООО Ромашка'],
    ['Κάππα Α.Ε.'],
    ['Kaya 2024 – A.Ş. (Merkez) №5'],
    [''],
  ])('says nothing about a name in one script: %j', (text) => {
    expect(mixedScriptWarning(text)).toBeNull();
  });

  it('names a Cyrillic А inside a Latin unvan, with its code point', () => {
    expect(mixedScriptWarning('Kаya Tekstil А.Ş.')).toBe(
      'Metinde farklı alfabelerin harfleri karışık: çoğu Latin, ama "а" (Kiril, U+0430), "А" (Kiril, U+0410). ' +
        'Benzer görünen harf yapıştırılmış olabilir; harfleri klavyeden yeniden yazın.',
    );
  });

  it('names a Greek omicron', () => {
    expect(mixedScriptWarning('Dοğan Gıda')).toBe(
      'Metinde farklı alfabelerin harfleri karışık: çoğu Latin, ama "ο" (Yunan, U+03BF). Benzer görünen harf yapıştırılmış olabilir; harfleri klavyeden yeniden yazın.',
    );
  });

  it('counts the rest beyond five strays', () => {
    expect(mixedScriptWarning('Latin harfleri çok: абвгдеж')).toMatch(/"д" \(Kiril, U\+0434\) ve 2 harf daha\./);
  });
});
