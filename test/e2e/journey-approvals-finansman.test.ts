import { describe, expect, it } from 'vitest';
import { keyScreen, login, logout, open } from './app-page';
import { expectMovedTo, takeStep } from './workflow-steps';
import { app, page, useJourneyApp } from './journey-app';

/**
 * Credit-line applications in the müdür's approvals inbox: the officer evaluates the demo credit-line case and sends
 * it to the müdür; the müdür finds it under "Onayımı bekleyenler" with its call and who sent it, opens the credit-line
 * case screen from the row and approves it there; the inbox no longer lists it. Key screens under
 * test-results/onaylar-finansman/, each checked by axe.
 */
const JOURNEY = 'onaylar-finansman';
const ENTERPRISE = 'Anadolu Döküm Sanayi ve Ticaret A.Ş.';

useJourneyApp({ enterprises: 50 });

describe('onay kutusunda finansman başvuruları', { timeout: 240_000 }, () => {
  it('the officer sends a credit-line application to the müdür, who finds it in the inbox and approves it', async () => {
    await login(page, app.url, 'uzman');
    await open(page, app.origin, '/isletmeler');
    await page.getByRole('combobox', { name: 'İşletme ara' }).fill('anadolu döküm');
    await page.getByRole('option').filter({ hasText: ENTERPRISE }).first().click();
    await page.waitForURL(/#\/isletmeler\/\d+/);
    await page.getByRole('link', { name: /Finansman desteği başvurusu #\d+/ }).click();
    await page.waitForURL(/#\/finansman\/\d+$/);
    const casePath = new URL(page.url()).hash.slice(1);
    await takeStep(page, 'Değerlendirmede');
    await expectMovedTo(page, 'Değerlendirmede');
    await page.getByRole('button', { name: 'Değerlendir ve kaydet' }).click();
    await expect.poll(() => page.locator('.toast-region').textContent()).toContain('Değerlendirme kaydedildi');
    await takeStep(page, 'Müdür onayında');
    await expectMovedTo(page, 'Müdür onayında');
    await logout(page);

    await login(page, app.url, 'mudur');
    const table = page.getByRole('grid', { name: 'Onayımı bekleyen kayıtlar, en uzun bekleyen önce' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: ENTERPRISE });
    await expect.poll(() => row.textContent()).toContain('Finansman desteği başvurusu onayı · 2026-1 dönemi');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Ayşe Yıldırım (hazırladı ve gönderdi)');
    expect(text).toContain('Uygun');
    expect(text).toContain('Süre yok');
    expect(text).toContain('müdür onayı için bir işlem süresi belirlenmemiş');
    expect(text).toContain('Evet');
    await row.scrollIntoViewIfNeeded();
    await keyScreen(page, JOURNEY, '01-onay-kutusu');

    await row.getByRole('link', { name: ENTERPRISE }).click();
    await page.waitForURL((url) => url.hash === `#${casePath}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(ENTERPRISE);
    await takeStep(page, 'Onaylandı', { note: 'Kontroller uygun; destek tablosu bankanın tablosuyla tutarlı.' });
    await expectMovedTo(page, 'Onaylandı');
    await expect.poll(() => page.locator('.page-header .badge').textContent()).toBe('Onaylandı');
    await keyScreen(page, JOURNEY, '02-onaylandi', { fullPage: false });

    await open(page, app.origin, '/');
    await table.waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: ENTERPRISE }).count()).toBe(0);
    await keyScreen(page, JOURNEY, '03-onay-kutusu-bos');
  });
});
