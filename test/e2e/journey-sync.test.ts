import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestHq, type TestHq } from '../hq/hq-test-server';
import { keyScreen, login } from './app-page';
import { app, page, useJourneyApp } from './journey-app';

/**
 * Issue 17 in the browser: browser mode started with `--hq` and the branch's token syncs the demo data to a real
 * headquarters on 127.0.0.1 by itself; the Eşitleme screen shows it done, and once headquarters is gone, "Şimdi
 * eşitle" shows the failure with its Turkish reason. Screens under test-results/esitleme/, each checked with axe.
 */
const dir = mkdtempSync(join(tmpdir(), 'kobi-e2e-sync-'));
let hq: TestHq;
let token: string;

beforeAll(async () => {
  hq = await startTestHq('sqlite', join(dir, 'merkez'));
  token = await hq.registerBranch('kayseri');
});

useJourneyApp({ enterprises: 20, launch: () => ({ args: ['--hq', hq.url], env: { KOBI_DOSYA_HQ_TOKEN: token } }) });

afterAll(async () => {
  await hq.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('sync with headquarters', { timeout: 300_000 }, () => {
  it('the app syncs by itself; without headquarters "Şimdi eşitle" shows why it failed', async () => {
    await login(page, app.url, 'uzman');
    await page.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'Eşitleme' }).click();
    await page.getByText(`Bu bilgisayar ${hq.url} merkezine her 30 saniyede bir eşitlenir`, { exact: false }).waitFor();
    await page.getByText('Tüm değişiklikler merkezde.', { exact: true }).waitFor({ timeout: 240_000 });
    await keyScreen(page, 'esitleme', '01-merkezde');

    await hq.close();
    await page.getByRole('button', { name: 'Şimdi eşitle' }).click();
    await page.getByText(/^Son hata \(.+\): Merkeze bağlanılamadı/).waitFor({ timeout: 60_000 });
    await keyScreen(page, 'esitleme', '02-merkez-yok');
  });
});
