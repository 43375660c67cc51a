import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../db/helpers';
import { keyScreen, login, logout, open } from './app-page';
import { seedJourneyConflicts } from './conflict-journey-seed';
import { app, page, useJourneyApp } from './journey-app';

/**
 * Issue 18 item 2 in the browser: replication conflicts on the demo uzman's ITKFDP-II file (a province changed on two
 * PCs at once, a transition made on another PC from a state this PC had left). The uzman reaches "Eşitleme
 * çakışmaları" from Yapılacaklar, applies the other province, acknowledges the transition with a note; the müdür
 * reaches the screen from Eşitleme and sees both resolved with who did it. Screens under test-results/cakismalar/,
 * each checked with axe.
 */
const DB = join(makeTempDir('kobi-dosya-conflicts-'), 'kobi-dosya.sqlite');

useJourneyApp({ enterprises: 30, db: DB });

let seeded: { readonly applicationId: number; readonly province: string };

beforeAll(() => {
  seeded = seedJourneyConflicts(DB);
});

describe('replication conflicts', { timeout: 300_000 }, () => {
  it('the uzman resolves both from Yapılacaklar; the müdür sees them resolved from Eşitleme', async () => {
    const other = seeded.province === 'Sivas' ? 'Kayseri' : 'Sivas';
    await login(page, app.url, 'uzman');
    // Yapılacaklar: one task per open conflict of the uzman's file, each a link to the conflict screen.
    const tasks = page.getByRole('link', { name: 'Eşitleme çakışması', exact: true });
    await expect.poll(() => tasks.count()).toBe(2);
    await keyScreen(page, 'cakismalar', '00-yapilacaklar');
    await tasks.first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Eşitleme çakışmaları');
    const field = page.getByRole('region', { name: /Alan: Başvuru ili/ });
    const transition = page.getByRole('region', { name: /^İTKFDP-II başvurusu/ });
    await field.waitFor();
    await expect.poll(() => field.textContent()).toContain(other);
    await expect.poll(() => transition.textContent()).toContain('Kontrolde');
    await expect.poll(() => page.getByText(/2 çakışma \(2 açık\)/).count()).toBe(1);
    await keyScreen(page, 'cakismalar', '01-acik-cakismalar');

    await field.getByRole('button', { name: 'Diğer değeri uygula' }).click();
    await field.waitFor({ state: 'detached' });
    await transition
      .getByRole('textbox', { name: 'Açıklama' })
      .fill('Düzeltme istemi diğer bilgisayarda görüldü; dosya kontrolde kalıyor.');
    await transition.getByRole('button', { name: 'Gözden geçirdim, böyle kalsın' }).click();
    await transition.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('Açık çakışma yok.').count()).toBe(1);

    // The other province was written as a new edit: the case file shows it.
    await open(page, app.origin, `/dosyalar/${String(seeded.applicationId)}`);
    await expect.poll(() => page.getByText(other, { exact: true }).count()).toBeGreaterThan(0);
    await logout(page);

    await login(page, app.url, 'mudur');
    await page.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'Eşitleme' }).click();
    await page.getByRole('link', { name: 'Eşitleme çakışmalarını gör' }).click();
    await page.getByRole('button', { name: /Gösterilen/ }).click();
    await page.getByRole('option', { name: 'Tümü (çözülenlerle)' }).click();
    await expect.poll(() => page.getByText(/Diğer değer uygulandı: Ayşe Yıldırım/).count()).toBe(1);
    await expect.poll(() => page.getByText(/Gözden geçirildi: Ayşe Yıldırım/).count()).toBe(1);
    await keyScreen(page, 'cakismalar', '02-cozulenler-mudur');
  });
});
