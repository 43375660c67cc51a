import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syntheticVkn } from '../../db/scenario-import/synthetic-identifiers';
import { fillDate, keyScreen, login, logout, open } from './app-page';
import { drawSignature, expectNoApiRequestsDuring, SITE_PHOTO } from './journey-field-visit';
import { expectMovedTo, openTab, takeStep } from './workflow-steps';
import { app, context, page, useJourneyApp } from './journey-app';

/**
 * The end-to-end journeys of issue 14: the built renderer, browser mode on a new demo database, Debian's Chromium.
 * Each journey saves its key screens under test-results/<journey>/ and checks each with axe.
 */
useJourneyApp({ enterprises: 400 });

describe('session', { timeout: 120_000 }, () => {
  it('signs in, shows Yapılacaklar with its count, locks and unlocks without losing the screen', async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Giriş yap' }).waitFor();
    await keyScreen(page, 'oturum', '01-giris');

    await page.getByLabel('Kullanıcı adı').fill('uzman');
    await page.getByLabel('Parola').fill('yanlış parola');
    await page.getByRole('button', { name: 'Giriş yap' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/parola/i);

    await login(page, app.url, 'uzman');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Yapılacaklar');
    await keyScreen(page, 'oturum', '02-yapilacaklar');

    await open(page, app.origin, '/isletmeler');
    await page.getByRole('combobox', { name: 'İşletme ara' }).fill('kayseri');
    await page.getByRole('button', { name: 'Kilitle' }).click();
    await page.getByRole('heading', { name: 'Oturum kilitli' }).waitFor();
    await keyScreen(page, 'oturum', '03-kilit');
    await page.getByLabel('Parola').fill('KobiDemo.2026');
    await page.getByRole('button', { name: 'Kilidi aç' }).click();
    await page.getByRole('heading', { name: 'Oturum kilitli' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('combobox', { name: 'İşletme ara' }).inputValue()).toBe('kayseri');
  });
});

describe('yönetici', { timeout: 120_000 }, () => {
  it('sees users and roles, the calendar and the rates, and the sync queue with its real length', async () => {
    await login(page, app.url, 'yonetici');
    await page.getByRole('link', { name: 'Ayarlar' }).click();
    await page.getByRole('rowheader', { name: 'Zeynep Aksoy' }).waitFor();
    // The demo set has hundreds of officers: the window, not the whole list.
    await keyScreen(page, 'yonetici', '01-kullanicilar', { fullPage: false });
    await page.getByRole('tab', { name: 'Tatiller ve idari izin' }).click();
    await keyScreen(page, 'yonetici', '02-takvim', { fullPage: false });
    await page.getByRole('link', { name: 'Eşitleme' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gönderim kuyruğu' }).waitFor();
    await page.getByText('Bu bilgisayar bir merkeze bağlı değil', { exact: false }).waitFor();
    await keyScreen(page, 'yonetici', '03-esitleme');
  });
});

describe('(e) search', { timeout: 120_000 }, () => {
  it('finds "Işık" when "isik" is typed, the same as "IŞIK" and "ışık", and opens it from the keyboard', async () => {
    await login(page, app.url, 'uzman');
    await open(page, app.origin, '/isletmeler');
    const field = page.getByRole('combobox', { name: 'İşletme ara' });
    const firstHit = () => page.getByRole('option').first().locator('.search-hit-name').textContent();

    const results: Record<string, string[]> = {};
    for (const typed of ['ışık', 'IŞIK', 'isik']) {
      await field.fill('');
      await field.pressSequentially(typed, { delay: 30 });
      await expect.poll(async () => page.getByTestId('search-status').textContent(), { timeout: 10_000 }).toMatch(/sonuç/);
      results[typed] = await page.getByRole('option').locator('.search-hit-name').allTextContents();
    }
    expect(results.isik?.some((name) => name.includes('Işık'))).toBe(true);
    expect(results.isik).toEqual(results['ışık']);
    expect(results.isik).toEqual(results.IŞIK);
    expect(await firstHit()).toContain('Işık');
    await keyScreen(page, 'e-arama', '01-isik-sonuclari');

    await field.press('ArrowDown');
    await expect.poll(() => page.getByRole('option', { selected: true }).getAttribute('aria-posinset')).toBe('2');
    await field.press('ArrowUp');
    const name = (await firstHit()) ?? '';
    await field.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await keyScreen(page, 'e-arama', '02-isletme');
  });
});

/** The wizard: a new enterprise with an IKDP-2025 application; answers the new case file's path. */
async function createEnterpriseWithApplication(page: Page, unvan: string, seed: string, screens?: string): Promise<string> {
  await open(page, app.origin, '/isletmeler');
  await page.getByRole('link', { name: 'Yeni işletme' }).click();
  await page.getByLabel('Unvan').fill(unvan);
  await page.getByLabel('Vergi kimlik numarası (VKN)').fill(syntheticVkn(seed));
  await page.getByLabel('Ana faaliyet NACE kodu').fill('13.10.01');
  await fillDate(page, 'Kuruluş tarihi', '2015-04-01');
  await expect.poll(() => page.locator('.identifier-valid').count(), { timeout: 10_000 }).toBe(2);
  if (screens !== undefined) await keyScreen(page, screens, '01-sihirbaz-isletme');
  await page.getByRole('button', { name: 'İleri' }).click();
  await page.getByLabel('İl', { exact: true }).fill('kayseri');
  await expect.poll(() => page.locator('.identifier-valid').count(), { timeout: 10_000 }).toBe(1);
  await page.getByRole('button', { name: 'İleri' }).click();
  await fillDate(page, 'Başvuru tarihi', '2025-02-10');
  if (screens !== undefined) await keyScreen(page, screens, '02-sihirbaz-basvuru');
  await page.getByRole('button', { name: 'İşletmeyi ve başvuruyu kaydet' }).click();
  await page.waitForURL(/#\/dosyalar\/\d+/);
  const path = new URL(page.url()).hash.slice(1);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(unvan);
  return path;
}

describe('(c) field visit', { timeout: 180_000 }, () => {
  it('a monitor completes a visit offline with both signatures, then saves and signs the report', async () => {
    await login(page, app.url, 'uzman');
    await open(page, app.origin, '/dosyalar/1/izleme');
    await page.getByRole('button', { name: 'Ziyareti planla' }).click();
    await expect.poll(() => page.locator('.toast-region').textContent()).toContain('planlandı');
    const link = page.getByRole('link', { name: /saha formunu aç/ }).last();
    const href = (await link.getAttribute('href')) ?? '';
    await logout(page);

    await login(page, app.url, 'izleyici');
    await open(page, app.origin, '/saha');
    await keyScreen(page, 'c-saha-ziyareti', '01-ziyaretler');
    await page.goto(`${app.origin}/${href}`);
    await page.getByRole('heading', { name: 'Yerinde izleme formu' }).waitFor();

    const photoFolder = mkdtempSync(join(tmpdir(), 'kobi-e2e-photo-'));
    const photoPath = join(photoFolder, 'isyeri-girisi.png');
    writeFileSync(photoPath, SITE_PHOTO);
    await context.setOffline(true);
    await expectNoApiRequestsDuring(page, async () => {
      await page.getByRole('status').filter({ hasText: 'Bağlantı yok' }).waitFor();
      for (const group of await page.getByRole('radiogroup').all()) {
        await group.getByText('Evet', { exact: true }).click();
      }
      await page.getByLabel('Gözlemler').fill('İşletme adreste faaliyette; taahhüt personeli yerinde görüldü.');
      await page.locator('input[type="file"]').setInputFiles(photoPath);
      await page.getByLabel('Fotoğraf 1 açıklaması').fill('İşyeri girişi');
      await drawSignature(page, 0);
      await page.getByLabel('İşletme temsilcisinin adı soyadı').fill('Kemal Arslan');
      await drawSignature(page, 1);
      await expect.poll(() => page.getByText('İmzalandı', { exact: true }).count()).toBe(2);
    });
    await keyScreen(page, 'c-saha-ziyareti', '02-form-cevrimdisi');
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Formu kaydet' }).click();
    await expect.poll(() => page.locator('.toast-region').textContent()).toContain('kaydedildi');
    await takeStep(page, 'Ziyaret edildi');
    await expectMovedTo(page, 'Ziyaret edildi');
    await takeStep(page, 'Rapor imzalandı');
    await expectMovedTo(page, 'Rapor imzalandı');
    await expect.poll(() => page.getByText('Rapor imzalandı; form artık değiştirilemez.').count()).toBe(1);
    await keyScreen(page, 'c-saha-ziyareti', '03-rapor-imzalandi');
  });
});

describe('(d) four eyes', { timeout: 180_000 }, () => {
  it('a müdür who prepared the evaluation cannot approve it, and the screen says why', async () => {
    await login(page, app.url, 'uzman');
    const casePath = await createEnterpriseWithApplication(page, 'Dörtgöz Tekstil Sanayi Ltd. Şti.', 'e2e-dort-goz', 'd-dort-goz');
    await takeStep(page, 'Değerlendirmede');
    await expectMovedTo(page, 'Değerlendirmede');
    await openTab(page, 'Başvuru ve değerlendirme');
    await page.getByRole('button', { name: 'Değerlendir' }).click();
    await expect.poll(() => page.locator('.toast-region').textContent()).toContain('Değerlendirme kaydedildi');
    await openTab(page, 'Özet');
    await takeStep(page, 'Müdür onayında');
    await expectMovedTo(page, 'Müdür onayında');
    await logout(page);

    await login(page, app.url, 'mudur');
    await open(page, app.origin, `${casePath}/degerlendirme`);
    await page.getByRole('button', { name: 'Yeniden değerlendir' }).click();
    await expect.poll(() => page.locator('.toast-region').textContent()).toContain('Değerlendirme kaydedildi');
    await keyScreen(page, 'd-dort-goz', '03-degerlendirme');
    await openTab(page, 'Özet');
    await takeStep(page, 'Onaylandı');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Dört göz ilkesi');
    await keyScreen(page, 'd-dort-goz', '04-dort-goz-reddi');
    await dialog.getByRole('button', { name: 'Vazgeç' }).click();
    await expect.poll(() => page.locator('.page-subtitle .badge').textContent()).toBe('Müdür onayında');
  });
});

const SGK_SAMPLE = fileURLToPath(new URL('../../../shared/samples/aphb-hizmet-listesi-2024-q4.csv', import.meta.url));

/** The sample service list's November rows (535 prim gün, above the 523 base average) carried into January and February 2025. */
function sgkListFor2025(folder: string): string {
  const [header, ...rows] = readFileSync(SGK_SAMPLE, 'utf8').trim().split(/\r?\n/);
  const november = rows.filter((row) => row.startsWith('2024;11;'));
  const lines = ['01', '02'].flatMap((month) => november.map((row) => row.replace(/^2024;11;/, `2025;${Number(month)};`)));
  const path = join(folder, 'aphb-hizmet-listesi-2025-ocak-subat.csv');
  writeFileSync(path, `${header ?? ''}\n${lines.join('\n')}\n`);
  return path;
}

describe('(a) IKDP', { timeout: 240_000 }, () => {
  it('create an enterprise, import SGK lists, evaluate, another user approves, request two months, prepare the eligibility form', async () => {
    await login(page, app.url, 'uzman');
    const casePath = await createEnterpriseWithApplication(page, 'Anadolu Işık Dokuma Sanayi A.Ş.', 'e2e-ikdp-a', 'a-ikdp');
    await takeStep(page, 'Değerlendirmede');
    await expectMovedTo(page, 'Değerlendirmede');

    await openTab(page, 'SGK verisi');
    const folder = mkdtempSync(join(tmpdir(), 'kobi-e2e-sgk-'));
    for (const file of [SGK_SAMPLE, sgkListFor2025(folder)]) {
      await page.locator('input[type="file"]').setInputFiles(file);
      await expect.poll(() => page.locator('.toast-region').textContent(), { timeout: 20_000 }).toContain('SGK listesi aktarıldı');
    }
    await keyScreen(page, 'a-ikdp', '03-sgk-aktarildi');

    await openTab(page, 'Başvuru ve değerlendirme');
    await page.getByRole('button', { name: 'Değerlendir' }).click();
    await expect.poll(() => page.locator('.verdict').textContent(), { timeout: 15_000 }).toContain('Başvuru uygun');
    await page
      .getByRole('button', { name: /MADDE 7\(3\)/ })
      .first()
      .click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('MADDE 7');
    await keyScreen(page, 'a-ikdp', '04-madde-metni');
    await page.getByRole('dialog').getByRole('button', { name: 'Kapat' }).click();
    await keyScreen(page, 'a-ikdp', '05-degerlendirme');
    await openTab(page, 'Özet');
    await takeStep(page, 'Müdür onayında');
    await expectMovedTo(page, 'Müdür onayında');
    await logout(page);

    await login(page, app.url, 'mudur');
    await open(page, app.origin, casePath);
    await keyScreen(page, 'a-ikdp', '06-mudur-onayi');
    await takeStep(page, 'Onaylandı');
    await expectMovedTo(page, 'Onaylandı');
    await logout(page);

    await login(page, app.url, 'uzman');
    await open(page, app.origin, `${casePath}/odeme`);
    await fillDate(page, 'Talep tarihi', '2025-03-15');
    await page.getByText('Ocak 2025', { exact: true }).click();
    await page.getByText('Şubat 2025', { exact: true }).click();
    await expect.poll(() => page.locator('.preview .verdict').textContent(), { timeout: 15_000 }).toContain('Uygun:');
    await keyScreen(page, 'a-ikdp', '07-odeme-onizleme');
    await page.getByRole('button', { name: 'Talebi kaydet' }).click();
    await expect.poll(() => page.locator('.toast-region').textContent()).toContain('kaydedildi');
    await page.getByRole('button', { name: 'Kuralların kararını kaydet' }).click();
    await expect.poll(() => page.locator('.toast-region').textContent()).toContain('kararı kaydedildi');
    // The stored decision approves the request: it is Uygun, with its amount.
    await expect.poll(() => page.locator('article.card .badge').first().textContent()).toBe('Uygun');
    await takeStep(page, 'Uygunluk formu hazırlandı');
    await expectMovedTo(page, 'Uygunluk formu hazırlandı');
    await keyScreen(page, 'a-ikdp', '08-uygunluk-formu');
  });
});
