import { describe, expect, it } from 'vitest';
import { JOURNEY_REPLACEMENT } from '../../db/demo/itkfdp-journey-case';
import { fillDate, keyScreen, login, logout, open } from './app-page';
import { expectMovedTo, openTab, takeStep } from './workflow-steps';
import { expectToast, openItkfdpJourneyCase } from './itkfdp-journey-steps';
import { app, page, useJourneyApp } from './journey-app';

/**
 * Journey (b) of issue 14, ITKFDP-II: the bank-approved file of the demo set (db/demo/itkfdp-journey-case.ts) goes
 * into control and is evaluated by the KOBİ uzmanı, a müdür approves it (four-eyes: not the one who evaluated), the
 * credit use is recorded against its 30 days (MADDE 12(2)) with the first instalment, the leaver P1 is replaced by
 * Selin Kara (MADDE 14(5)), and the first period's request is decided by the rules: 2.500 € (MADDE 7(3)(b)).
 * Key screens under test-results/b-itkfdp/, each checked with axe.
 */
const SCREENS = 'b-itkfdp';
useJourneyApp({ enterprises: 200 });

describe('(b) ITKFDP-II', { timeout: 300_000 }, () => {
  it('control, four-eyes approval, credit use, a replaced employee, and period 1 approved at 2.500 €', async () => {
    await login(page, app.url, 'uzman');
    const casePath = await openItkfdpJourneyCase(page, app.origin);
    await expect.poll(() => page.locator('.page-subtitle .badge').textContent()).toBe('Banka onaylı');
    await takeStep(page, 'Kontrolde');
    await expectMovedTo(page, 'Kontrolde');

    await openTab(page, 'Kredi');
    await page.getByRole('heading', { name: 'Kredi koşulları (banka onayı)' }).waitFor();
    expect(await page.getByLabel('Kredi tutarı (TL)').inputValue()).toBe('1.850.000,00');
    await keyScreen(page, SCREENS, '01-kredi-kontrolde');
    await openTab(page, 'Personel');
    await page.getByRole('rowheader', { name: 'P2' }).waitFor();
    await keyScreen(page, SCREENS, '02-personel-kontrolde');

    await openTab(page, 'Başvuru ve değerlendirme');
    await page.getByRole('button', { name: 'Değerlendir' }).click();
    await expect.poll(() => page.locator('.verdict').textContent(), { timeout: 15_000 }).toContain('Başvuru uygun');
    await keyScreen(page, SCREENS, '03-degerlendirme');
    await logout(page);

    // The müdür decides, dated the day of the decision; she did not prepare the evaluation (four-eyes).
    await login(page, app.url, 'mudur');
    await open(page, app.origin, casePath);
    await page.getByRole('group', { name: 'Sıradaki adımlar' }).getByRole('button', { name: 'Onaylandı', exact: true }).click();
    const approval = page.getByRole('dialog');
    await expect.poll(() => approval.textContent()).toContain('Dört göz ilkesi');
    await fillDate(page, 'Karar tarihi', '2025-07-08');
    await keyScreen(page, SCREENS, '04-mudur-onayi');
    await approval.getByRole('button', { name: 'Kaydet' }).click();
    await expectMovedTo(page, 'Onaylandı');
    await logout(page);

    await login(page, app.url, 'uzman');
    await open(page, app.origin, `${casePath}/kredi`);
    await expect.poll(() => page.getByRole('region', { name: 'Kredi kullandırımı (MADDE 12(2))' }).textContent()).toContain('07.08.2025');
    await fillDate(page, 'Aktif kredi kullandırım tarihi', '2025-07-15');
    await keyScreen(page, SCREENS, '05-kredi-onaylandi');
    await page.getByRole('button', { name: 'Kullandırımı kaydet' }).click();
    await expectToast(page, 'Kredi kullandırıldı');
    await expect.poll(() => page.locator('.notice-info').first().textContent()).toContain('15.07.2025: süresinde');

    await fillDate(page, 'Vade tarihi', '2025-10-31');
    await fillDate(page, 'Ödeme tarihi', '2025-10-30');
    await page.getByRole('button', { name: 'Taksiti kaydet' }).click();
    await expectToast(page, '1. taksit kaydedildi');
    await expect.poll(() => page.getByRole('rowheader', { name: '1. taksit' }).count()).toBe(1);
    await keyScreen(page, SCREENS, '06-kredi-kullandirildi');

    // P1 left on 29.08.2025; the enterprise declared Selin Kara in his place.
    await openTab(page, 'Personel');
    await page.getByRole('button', { name: 'P1 yerine personel bildir' }).click();
    const dialog = page.getByRole('dialog');
    await fillDate(page, 'Ayrılan kişinin son çalışma günü', '2025-08-29');
    await dialog.getByLabel('Adı', { exact: true }).fill(JOURNEY_REPLACEMENT.firstName);
    await dialog.getByLabel('Soyadı', { exact: true }).fill(JOURNEY_REPLACEMENT.lastName);
    await dialog.getByLabel('T.C. kimlik numarası', { exact: true }).fill(JOURNEY_REPLACEMENT.tckn);
    await fillDate(page, 'Doğum tarihi', JOURNEY_REPLACEMENT.birthDate);
    await fillDate(page, 'İşe giriş tarihi', JOURNEY_REPLACEMENT.hiredOn);
    await keyScreen(page, SCREENS, '07-yerine-personel-formu');
    await dialog.getByRole('button', { name: 'Yerine personeli kaydet' }).click();
    await expectToast(page, 'P1 yerine P3 Selin Kara bildirildi');
    await expect.poll(() => page.getByRole('row', { name: 'P3' }).textContent()).toContain('P1 Ahmet Kaya yerine');
    await keyScreen(page, SCREENS, '08-personel-yerine-bildirildi');

    await openTab(page, 'Özet');
    await takeStep(page, 'Destek süresinde');
    await expectMovedTo(page, 'Destek süresinde');

    await openTab(page, 'Ödeme talepleri');
    await fillDate(page, 'Talep tarihi', '2025-11-20');
    await page.getByRole('group', { name: 'Talep edilen ödeme dönemleri' }).getByText('1. dönem', { exact: true }).click();
    await expect.poll(() => page.locator('.preview .verdict').textContent(), { timeout: 15_000 }).toContain('Uygun: 2.500,00 €');
    await keyScreen(page, SCREENS, '09-odeme-onizleme');
    await page.getByRole('button', { name: 'Talebi kaydet' }).click();
    await expectToast(page, 'kaydedildi');
    await page.getByRole('button', { name: 'Kuralların kararını kaydet' }).click();
    await expectToast(page, 'kararı kaydedildi');
    const stored = page.locator('article.card').first();
    await expect.poll(() => stored.locator('.badge').first().textContent()).toBe('Uygun');
    expect(await stored.textContent()).toContain('2.500,00 €');
    await keyScreen(page, SCREENS, '10-donem-1-uygun');
  });
});
