import { describe, expect, it } from 'vitest';
import { keyScreen, login, logout, open } from './app-page';
import { app, page, useJourneyApp } from './journey-app';

/**
 * Issue 14's remaining screens in the built renderer on demo data: the SGK chart (with axe), the provisional values of
 * an IKDP-2026 case, and the field monitor's filter. Key screens under test-results/<screen>/.
 */
useJourneyApp({ enterprises: 400 });

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** A channel called from the signed-in page, as the renderer calls it (the run's token, the session cookie). */
async function api<T>(channel: string, request: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Kobi-Token': sessionStorage.getItem('kobi-dosya-token') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as unknown;
    },
    [channel, request] as const,
  );
  const result = answer as Answer<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

type Task = { readonly applicationId: number; readonly program: string };
type Series = { readonly line: { readonly monthly: number | null }; readonly months: readonly { readonly belowLine: boolean | null }[] };

/** The demo's applications of a programme, from the müdürlük's task list (no other channel lists applications). */
async function applicationsOf(program: string): Promise<number[]> {
  const found = new Set<number>();
  let after: unknown;
  for (let pageIndex = 0; pageIndex < 10 && found.size < 40; pageIndex += 1) {
    const listed = await api<{ tasks: Task[]; next: unknown }>('inbox:list', { scope: 'all', limit: 200, ...(after ? { after } : {}) });
    for (const task of listed.tasks) if (task.program === program) found.add(task.applicationId);
    if (listed.next === null) break;
    after = listed.next;
  }
  return [...found];
}

describe('SGK chart', { timeout: 180_000 }, () => {
  it('shows monthly prim gün against the IKDP base line, months below it marked, with a table of the same numbers', async () => {
    await login(page, app.url, 'uzman');
    let chosen: number | undefined;
    for (const id of await applicationsOf('IKDP-2025')) {
      const series = await api<Series>('sgk:get-series', { applicationId: id });
      if (series.line.monthly !== null && series.months.some((month) => month.belowLine === true)) {
        chosen = id;
        break;
      }
    }
    if (chosen === undefined) throw new Error('no demo IKDP-2025 case with a month below its base');
    await open(page, app.origin, `/dosyalar/${chosen}/sgk`);
    const figure = page.getByRole('figure');
    await figure.waitFor();
    await expect.poll(() => page.locator('.sgk-chart .recharts-bar-rectangle').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const name = (await figure.getAttribute('aria-labelledby')) ?? '';
    const summary = (await page.locator(`#${name}`).textContent()) ?? '';
    expect(summary).toMatch(/Baz ortalama [\d.]+ prim gün/);
    expect(summary).toMatch(/tanesi çizginin altında: [A-ZÇĞİÖŞÜa-zçğıöşü]+ \d{4}/);
    // Turkish short month labels on the axis, a "below" marker on at least one bar, the line and its legend.
    await expect.poll(() => page.locator('.sgk-chart text').count()).toBeGreaterThan(3);
    const drawn = (await page.locator('.sgk-chart text').allTextContents()).join(' ');
    expect(drawn).toMatch(/(Oca|Şub|Mar|Nis|May|Haz|Tem|Ağu|Eyl|Eki|Kas|Ara) \d{4}/);
    expect(drawn).toContain('▼');
    expect(await page.locator('.sgk-chart .recharts-reference-line').count()).toBe(1);
    expect(await page.locator('.sgk-legend').textContent()).toMatch(/Çizgi: Baz ortalama [\d.]+ prim gün/);
    await keyScreen(page, 'sgk-grafigi', '01-ikdp-grafik');

    await page.getByText('Aylık değerleri tablo olarak göster').click();
    const table = page.getByRole('table', { name: 'Aylık prim gün ve çizgiye göre durum' });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(3);
    expect(await table.getByText('Baz dönem', { exact: true }).count()).toBeGreaterThan(0);
    expect(await table.getByText('Çizginin altında', { exact: true }).count()).toBeGreaterThan(0);
    await keyScreen(page, 'sgk-grafigi', '02-ikdp-tablo');
  });
});

describe('provisional values', { timeout: 180_000 }, () => {
  it('an IKDP-2026 case marks the provisional values and the announced-but-missing ones', async () => {
    await login(page, app.url, 'uzman');
    const [id] = await applicationsOf('IKDP-2026');
    if (id === undefined) throw new Error('no demo IKDP-2026 case');
    await open(page, app.origin, `/dosyalar/${id}/degerlendirme`);
    const parameters = page.getByRole('table', { name: 'Programın değerleri, kaynakları ve son teyit tarihleri' });
    await parameters.waitFor();
    expect(await page.getByText(/GEÇİCİ değerlerdir/).count()).toBe(1);
    const gapRow = parameters.getByRole('row', { name: /Son ödeme talebi tarihi/ });
    expect(await gapRow.textContent()).toContain('henüz ilan edilmedi');
    expect(await gapRow.getByText('İlan edilmedi', { exact: true }).count()).toBe(1);
    const baseRow = parameters.getByRole('row', { name: /Baz dönem ayları/ });
    expect(await baseRow.textContent()).toContain('Kasım 2025, Aralık 2025');
    expect(await baseRow.textContent()).toContain('06.03.2026');

    const badge = baseRow.getByRole('button', { name: /^geçici: Baz dönem ayları/ });
    await badge.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent(), { timeout: 5000 }).toMatch(/Son teyit 06\.03\.2026\. Merkez düzeltebilir\./);
    await keyScreen(page, 'gecici-degerler', '01-ikdp-2026-degerler');

    if (await page.getByRole('button', { name: 'Değerlendir', exact: true }).count()) {
      await page.getByRole('button', { name: 'Değerlendir', exact: true }).click();
      await expect.poll(() => page.locator('.toast-region').textContent()).toContain('Değerlendirme kaydedildi');
      // The confirmation sits in the sidebar: it covers none of the checks table.
      const toast = await page.locator('.toast').first().boundingBox();
      const table = await page.getByRole('grid', { name: 'Kontroller' }).boundingBox();
      expect(toast !== null && table !== null && toast.x + toast.width <= table.x).toBe(true);
      await keyScreen(page, 'gecici-degerler', '03-bildirim', { fullPage: false });
    }
    const checks = page.getByRole('grid', { name: 'Kontroller' });
    await checks.waitFor();
    expect(await checks.getByRole('button', { name: /^geçici: Bu maddeye bağlı değerler geçici/ }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Geçici değerler', { exact: true }).count()).toBe(1);
    await keyScreen(page, 'gecici-degerler', '02-ikdp-2026-kontroller');
  });
});

describe('field monitor filter', { timeout: 180_000 }, () => {
  it('the monitor sees the visits assigned to them, and can widen to all visits or pick a state', async () => {
    await login(page, app.url, 'izleyici');
    const monitor = await api<{ user: { id: number } }>('session:current', {});
    await logout(page);

    await login(page, app.url, 'uzman');
    const [id] = await applicationsOf('IKDP-2025');
    if (id === undefined) throw new Error('no demo IKDP-2025 case');
    await api('visit:schedule', { applicationId: id, kind: 'ON_SITE', dueOn: '2026-12-15', visitorUserId: monitor.user.id });
    await logout(page);

    await login(page, app.url, 'izleyici');
    await open(page, app.origin, '/saha');
    const table = page.getByRole('grid', { name: 'İzleme ziyaretleri' });
    await expect.poll(() => table.getByRole('row').count(), { timeout: 10_000 }).toBe(2);
    expect(await table.getByRole('row').nth(1).textContent()).toContain('15.12.2026');
    expect(await table.getByRole('row').nth(1).textContent()).toContain('Elif Şahin');
    await keyScreen(page, 'saha-suzgec', '01-bana-atananlar');

    await page.getByRole('button', { name: /Kimin ziyaretleri/ }).click();
    await page.getByRole('option', { name: 'Tüm ziyaretler' }).click();
    await expect.poll(() => table.getByRole('row').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    await page.getByRole('button', { name: /Durum/ }).click();
    await page.getByRole('option', { name: 'Ziyaret edildi' }).click();
    await expect
      .poll(
        async () => {
          const states = await table.locator('.badge').allTextContents();
          return states.length > 0 && states.every((state) => state === 'Ziyaret edildi');
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await keyScreen(page, 'saha-suzgec', '02-tum-ziyaret-edildi', { fullPage: false });
  });
});
