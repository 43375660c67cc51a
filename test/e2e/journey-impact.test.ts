import { describe, expect, it } from 'vitest';
import { keyScreen, login } from './app-page';
import { app, page, useJourneyApp } from './journey-app';

/**
 * Issue 18 item 3 in the browser: from Yapılacaklar to "Kural değişikliklerinin etkisi", a müdür starts a re-check of
 * every open case (worker threads in the browser-mode server) and sees it finish; screens under test-results/etki/,
 * each checked with axe.
 */
useJourneyApp({ enterprises: 60 });

describe('impact of a rule change', { timeout: 300_000 }, () => {
  it('is reachable from Yapılacaklar; a müdür re-checks the open cases and sees the run', async () => {
    await login(page, app.url, 'mudur');
    await page.getByRole('link', { name: 'Kural değişikliklerinin etkisi' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kural değişikliklerinin etkisi');
    await keyScreen(page, 'etki', '01-ilk-acilis');

    await page.getByRole('button', { name: 'Şimdi yeniden denetle' }).click();
    await page.getByRole('heading', { name: /^Son değerlendirme:/ }).waitFor({ timeout: 240_000 });
    await expect.poll(() => page.getByText(/açık dosya denetlendi/).textContent()).toMatch(/^\d[\d.]* açık dosya denetlendi; 0 dosyada/);
    await keyScreen(page, 'etki', '02-degerlendirme-bitti');
  });
});
