import { describe, expect, it } from 'vitest';
import { fillDate, keyScreen, login, logout, open } from './app-page';
import { expectMovedTo, takeStep } from './workflow-steps';
import { app, page, useJourneyApp } from './journey-app';

/**
 * The credit line's journey (issue 19): the officer enters a case for a demo enterprise with the wizard, evaluates
 * it, sees every check, the support schedule with its running total and its chart, the provisional values and the
 * gaps marked; sends it to the müdür, who approves it. Key screens under test-results/finansman/, each checked by axe.
 */
const JOURNEY = 'finansman';
const ENTERPRISE = 'Trakya Tekstil Örme Sanayi A.Ş.';
const BANK_TABLE = [
  'Vade;Anapara;Faiz',
  '15.05.2026;0,00;66.000,00',
  '15.06.2026;1.200.000,00;66.000,00',
  '15.07.2026;1.200.000,00;60.500,00',
].join('\n');

useJourneyApp({ enterprises: 50 });

async function openEnterprise(): Promise<void> {
  await open(page, app.origin, '/isletmeler');
  await page.getByRole('combobox', { name: 'İşletme ara' }).fill('trakya tekstil');
  await page.getByRole('option').filter({ hasText: ENTERPRISE }).first().click();
  await page.waitForURL(/#\/isletmeler\/\d+/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(ENTERPRISE);
}

describe('finansman desteği (kredi hattı)', { timeout: 240_000 }, () => {
  it('the officer enters and evaluates a case, the schedule and its chart show the provisional values, the müdür approves', async () => {
    await login(page, app.url, 'uzman');
    await openEnterprise();
    await page.getByRole('heading', { name: 'Finansman desteği başvuruları (kredi hattı)' }).waitFor();
    await keyScreen(page, JOURNEY, '01-isletme');

    await page.getByRole('link', { name: 'Yeni finansman desteği başvurusu' }).click();
    await page.waitForURL(/#\/finansman\/yeni\/\d+/);
    await fillDate(page, 'Başvuru tarihi', '2026-03-20');
    await page.getByLabel('Banka').fill('Halk Bankası');
    await keyScreen(page, JOURNEY, '02-sihirbaz-cagri');
    await page.getByRole('button', { name: 'İleri' }).click();

    await page.getByLabel('Kredi tutarı (TL)').fill('2.400.000,00');
    await page.getByLabel('Yıllık faiz oranı (%)').fill('33');
    await fillDate(page, 'Kullandırım tarihi', '2026-04-15');
    await page.getByLabel('Vade (ay)').fill('3');
    await page.getByLabel('Anapara ödemesiz süre (ay)').fill('1');
    await page.getByRole('button', { name: 'İleri' }).click();

    await page.getByLabel('Ödeme tablosu (her satırda: vade; anapara; faiz)').fill('15.05.2026;abc;66.000,00');
    await page.getByRole('button', { name: 'İleri' }).click();
    await expect.poll(() => page.locator('.field-error').textContent()).toContain('1. satır: anapara "abc" bir tutar değil');
    await page.getByLabel('Ödeme tablosu (her satırda: vade; anapara; faiz)').fill(BANK_TABLE);
    await page.getByRole('button', { name: 'İleri' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('192.500,00 ₺');
    await keyScreen(page, JOURNEY, '03-sihirbaz-gozden-gecir');
    await page.getByRole('button', { name: 'Başvuruyu kaydet' }).click();
    await page.waitForURL(/#\/finansman\/\d+$/);
    const casePath = new URL(page.url()).hash.slice(1);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(ENTERPRISE);
    await takeStep(page, 'Değerlendirmede');
    await expectMovedTo(page, 'Değerlendirmede');
    await page.getByRole('button', { name: 'Değerlendir ve kaydet' }).click();
    await expect.poll(() => page.locator('.toast-region').textContent()).toContain('Değerlendirme kaydedildi');

    const checks = page.getByRole('grid', { name: 'Finansman desteği uygunluk kontrolleri' });
    await expect.poll(() => checks.getByRole('row').count()).toBeGreaterThan(10);
    expect(await page.locator('.notice').filter({ hasText: 'Bugünkü verilere göre' }).textContent()).toContain('UYGUN.');
    const schedule = page.getByRole('grid', { name: 'Taksit başına faiz, destek ve destek toplamı' });
    expect(await schedule.getByRole('row').nth(3).textContent()).toContain('18.333,33 ₺');
    expect(await schedule.getByRole('row').nth(3).textContent()).toContain('58.333,33 ₺');
    expect(await page.locator('.schedule-totals').textContent()).toContain('58.333,33 ₺');
    await expect.poll(() => page.locator('.support-chart .recharts-bar-rectangle').count(), { timeout: 15_000 }).toBe(6);
    expect(await page.locator('.mark-provisional').count()).toBeGreaterThan(10);
    const parameters = page.getByRole('grid', { name: 'Çağrının değerleri, kaynakları ve son teyit tarihleri' });
    expect(await parameters.getByRole('row').filter({ hasText: 'duyurulmadı' }).count()).toBe(1);
    await keyScreen(page, JOURNEY, '04-dosya-degerlendirildi');
    await page.locator('.support-chart').scrollIntoViewIfNeeded();
    await keyScreen(page, JOURNEY, '05-destek-grafigi', { fullPage: false });

    await takeStep(page, 'Müdür onayında');
    await expectMovedTo(page, 'Müdür onayında');
    await logout(page);

    await login(page, app.url, 'mudur');
    await open(page, app.origin, casePath);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(ENTERPRISE);
    expect(await page.getByRole('button', { name: 'Değerlendir ve kaydet' }).count()).toBe(0);
    await keyScreen(page, JOURNEY, '06-mudur-onayinda');
    // The generic workflow actions, driven by the catalogue: the row's guards as conditions, the day of the decision.
    await page.getByRole('group', { name: 'Sıradaki adımlar' }).getByRole('button', { name: 'Onaylandı', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('Kayıtlı değerlendirme bugünkü verilerle');
    expect(await dialog.textContent()).toContain('Dört göz ilkesi');
    await fillDate(page, 'Karar tarihi', '2026-03-27');
    await keyScreen(page, JOURNEY, '07-onay-adimi', { fullPage: false });
    await dialog.getByLabel('Gerekçe / not').fill('Kontroller uygun; destek tablosu bankanın tablosuyla tutarlı.');
    await dialog.getByRole('button', { name: 'Kaydet' }).click();
    await expectMovedTo(page, 'Onaylandı');
    await expect.poll(() => page.locator('.page-header .badge').textContent()).toBe('Onaylandı');
    expect(await page.getByRole('group', { name: 'Sıradaki adımlar' }).count()).toBe(0);
    expect(await page.locator('.facts').first().textContent()).toContain('27.03.2026');
    await keyScreen(page, JOURNEY, '08-onaylandi');
  });

  it('the demo case over its payroll limit shows the failed check with its numbers', async () => {
    await login(page, app.url, 'mudur');
    await open(page, app.origin, '/isletmeler');
    await page.getByRole('combobox', { name: 'İşletme ara' }).fill('ege plastik');
    await page.getByRole('option').filter({ hasText: 'Ege Plastik Ambalaj' }).first().click();
    await page.waitForURL(/#\/isletmeler\/\d+/);
    await page.getByRole('link', { name: /Finansman desteği başvurusu #\d+/ }).click();
    await page.waitForURL(/#\/finansman\/\d+$/);
    const limit = page
      .getByRole('grid', { name: 'Finansman desteği uygunluk kontrolleri' })
      .getByRole('row')
      .filter({ hasText: 'loan-payroll-limit' });
    expect(await limit.textContent()).toContain('Uygun değil');
    expect(await limit.textContent()).toContain('(1.000.000,00 ₺ + 1.100.000,00 ₺) / 2 = 1.050.000,00 ₺');
    await keyScreen(page, JOURNEY, '09-limit-asimi');
  });
});
