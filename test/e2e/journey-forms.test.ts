import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, type TestPki } from '../electron/pdf/test-pki';
import { keyScreen, login, logout, open } from './app-page';
import { app, page, useJourneyApp } from './journey-app';

/**
 * Issue 15's forms tab, end to end (built renderer, browser mode on a new demo
 * database, Debian's Chromium): an uzman generates the FRM.39.00.05 form of an
 * approved payment request, previews it, signs it with a PKCS#12 file from the
 * test CA; the müdür countersigns it; the tab shows both signatures valid.
 * Key screens under test-results/forms/, each checked with axe.
 */
let pki: TestPki;

beforeAll(() => {
  pki = createTestPki();
});

useJourneyApp({ enterprises: 120 });

type CaseAnswer = {
  ok: boolean;
  value?: {
    application: { program: string; state: string };
    paymentRequests: { id: number; decided: boolean; approved: boolean | null }[];
  };
};

/** A demo IKDP case with a payment request decided as payable, found through the app's own API as the signed-in user. */
async function approvedRequest(): Promise<{ applicationId: number; requestId: number }> {
  for (let applicationId = 1; applicationId <= 400; applicationId += 1) {
    const answer = await page.evaluate(async (id) => {
      const response = await fetch('/api/case:get', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kobi-Token': sessionStorage.getItem('kobi-dosya-token') ?? '' },
        body: JSON.stringify({ applicationId: id }),
      });
      return (await response.json()) as unknown;
    }, applicationId);
    const { value } = answer as CaseAnswer;
    const request = value?.paymentRequests.find((candidate) => candidate.decided && candidate.approved === true);
    if (value !== undefined && value.application.program.startsWith('IKDP') && request !== undefined)
      return { applicationId, requestId: request.id };
  }
  throw new Error('the demo data has no IKDP case with an approved payment request');
}

function formCard(requestId: number): Locator {
  return page.locator('article.card', {
    has: page.getByRole('heading', { name: new RegExp(`FRM\\.39\\.00\\.05.*Ödeme talebi #${requestId}$`) }),
  });
}

async function signInDialog(p12: string, button: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type="file"]').setInputFiles(p12);
  await expect.poll(() => dialog.textContent()).toContain(`Seçilen: ${p12.split('/').at(-1) ?? ''}`);
  await dialog.getByLabel('Sertifika parolası').fill(pki.passphrase);
  await keyScreen(page, 'forms', button === 'İmzala' ? '03-imza-penceresi' : '06-karsi-imza-penceresi', { fullPage: false });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: 20_000 }).toBe(0);
}

describe('forms tab', { timeout: 240_000 }, () => {
  it('an uzman generates, previews and signs FRM.39.00.05; the müdür countersigns; both signatures show valid', async () => {
    await login(page, app.url, 'uzman');
    const { applicationId, requestId } = await approvedRequest();
    await open(page, app.origin, `/dosyalar/${applicationId}/formlar`);
    const card = formCard(requestId);
    await card.waitFor();
    await expect.poll(() => card.locator('.badge').textContent()).toBe('Üretilmedi');
    await keyScreen(page, 'forms', '01-formlar');

    await card.getByRole('button', { name: 'Formu üret' }).click();
    await expect.poll(() => page.locator('.toast-region').textContent(), { timeout: 20_000 }).toContain('imzasız üretildi');
    await expect.poll(() => card.locator('.badge').first().textContent()).toBe('Hazırlandı (imzasız)');
    await expect.poll(() => card.textContent()).toContain('imzasız: hazırlayanın imzasını bekliyor');

    await card.getByRole('button', { name: 'Önizle' }).click();
    const preview = page.getByRole('dialog');
    await preview.getByRole('img', { name: /^Sayfa 1 \/ \d+$/ }).waitFor({ timeout: 30_000 });
    expect(await preview.locator('[data-testid="pdf-pages"]').getAttribute('data-state')).toBe('done');
    await keyScreen(page, 'forms', '02-onizleme', { fullPage: false });
    await preview.getByRole('button', { name: 'Kapat' }).click();

    await card.getByRole('button', { name: 'İmzala' }).click();
    await signInDialog(pki.preparerP12, 'İmzala');
    await expect.poll(() => page.locator('.toast-region').textContent(), { timeout: 20_000 }).toContain('hazırlayan olarak imzalandı');
    await expect.poll(() => card.locator('.badge').first().textContent()).toBe('Hazırlayan imzaladı');
    const rows = card.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toMatch(/Hazırlayan.*Ayşe Yıldırım.*Geçerli.*Belgenin tamamı/);
    await keyScreen(page, 'forms', '04-hazirlayan-imzaladi');
    await logout(page);

    await login(page, app.url, 'mudur');
    await open(page, app.origin, `/dosyalar/${applicationId}/formlar`);
    await formCard(requestId).waitFor();
    await keyScreen(page, 'forms', '05-mudur-formlar');
    await formCard(requestId).getByRole('button', { name: 'Karşı imzala (onayla)' }).click();
    await signInDialog(pki.directorP12, 'Karşı imzala (onayla)');
    await expect.poll(() => page.locator('.toast-region').textContent(), { timeout: 20_000 }).toContain('karşı imzalandı');
    const signed = formCard(requestId);
    await expect.poll(() => signed.locator('.badge').first().textContent()).toBe('Müdür karşı imzaladı');
    const signatures = signed.getByRole('table').getByRole('row');
    await expect.poll(() => signatures.count()).toBe(3);
    expect(await signatures.nth(1).textContent()).toMatch(/Hazırlayan.*Ayşe Yıldırım.*Geçerli/);
    expect(await signatures.nth(2).textContent()).toMatch(/Onaylayan \(müdür\).*Şükrü Öztürk.*Geçerli.*Belgenin tamamı/);
    await expect.poll(() => signed.textContent()).toContain('Belge bütün: bütün imzalar geçerli.');
    await expect.poll(() => signed.textContent()).toContain('QR koddaki özetle uyuşuyor');
    await keyScreen(page, 'forms', '07-iki-imza-gecerli');
  });
});
