import { describe, expect, it } from 'vitest';
import { JOURNEY_ITKFDP_UNVAN } from '../../db/demo/itkfdp-journey-case';
import { fillDate, keyScreen, login, logout, open } from './app-page';
import { openTab } from './workflow-steps';
import { expectToast, openItkfdpJourneyCase } from './itkfdp-journey-steps';
import { app, page, useJourneyApp } from './journey-app';

/**
 * Two things stored and now shown and chosen in the ITKFDP-II demo file (db/demo/itkfdp-journey-case.ts): the
 * officer records the GKAS person's status check and another programme's support on the Personel tab (MADDE 14(22),
 * 14(23), 9(12)), and assigns a monitoring visit to the field monitor she chooses, who finds it in her own list.
 * Key screens under test-results/personel-ziyaret/, each checked with axe.
 */
const SCREENS = 'personel-ziyaret';
useJourneyApp({ enterprises: 50 });

describe('personnel checks and the visit’s monitor', { timeout: 240_000 }, () => {
  it('records the status check and other support of P2, then assigns a visit to the monitor chosen', async () => {
    await login(page, app.url, 'uzman');
    const casePath = await openItkfdpJourneyCase(page, app.origin);
    await openTab(page, 'Personel');
    await page.getByRole('button', { name: 'P2 kişisinin bilgilerini düzenle' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /Koruma statüsü kontrolü/ }).click();
    await page.getByRole('option', { name: 'Kontrolde doğrulanmadı, belgeyle ispatlandı' }).click();
    await fillDate(page, 'Belgelerin statüyü ispatladığı ilk gün (MADDE 14(23))', '2025-06-02');
    await dialog.getByRole('button', { name: 'Program desteği ekle' }).click();
    await dialog.getByLabel('Destek süresinin ilk ayı (AA.YYYY)').fill('09.2024');
    await dialog.getByLabel('Destek süresinin son ayı (AA.YYYY)').fill('03.2024');
    await dialog.getByRole('button', { name: 'Değişiklikleri kaydet' }).click();
    await expect.poll(() => dialog.locator('.field-error').textContent()).toContain('Son ay ilk aydan önce olamaz.');
    await dialog.getByLabel('Destek süresinin son ayı (AA.YYYY)').fill('02.2025');
    await expect.poll(() => dialog.locator('.field-error').count()).toBe(0);
    await keyScreen(page, SCREENS, '01-personel-duzenle');
    await dialog.getByRole('button', { name: 'Değişiklikleri kaydet' }).click();
    await expectToast(page, 'P2 kişisinin bilgileri kaydedildi');
    const row = page.getByRole('row', { name: 'P2' });
    await expect.poll(() => row.textContent()).toContain('02.06.2025 tarihinden itibaren belgeyle ispatlandı');
    expect(await row.textContent()).toContain('ITKFDP (I) desteği 09.2024–02.2025');
    await keyScreen(page, SCREENS, '02-personel-kontrol-kaydi');

    await open(page, app.origin, `${casePath}/izleme`);
    await fillDate(page, 'Planlanan tarih', '2026-12-21');
    await page.getByRole('button', { name: /Ziyareti yapacak izleyici/ }).click();
    await page.getByRole('option', { name: 'Elif Şahin' }).click();
    await keyScreen(page, SCREENS, '03-ziyaret-ata');
    await page.getByRole('button', { name: 'Ziyareti planla' }).click();
    await expectToast(page, 'Elif Şahin adına atandı');
    const visit = page.locator('article.card').last();
    await expect.poll(() => visit.textContent()).toContain('Elif Şahin');
    await keyScreen(page, SCREENS, '04-ziyaret-atandi');
    await logout(page);

    await login(page, app.url, 'izleyici');
    await open(page, app.origin, '/saha');
    const table = page.getByRole('grid', { name: 'İzleme ziyaretleri' });
    await expect.poll(() => table.getByRole('row').filter({ hasText: JOURNEY_ITKFDP_UNVAN }).count(), { timeout: 10_000 }).toBe(1);
    expect(await table.getByRole('row').filter({ hasText: JOURNEY_ITKFDP_UNVAN }).textContent()).toContain('21.12.2026');
    await keyScreen(page, SCREENS, '05-izleyicinin-listesi');
  });
});
