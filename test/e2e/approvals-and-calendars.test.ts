import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, fillDate, keyScreen, login } from './app-page';
import { app, page, useJourneyApp } from './journey-app';

/**
 * Issue 13 leftovers, end to end: the müdür's "Onayımı bekleyenler" with four-eyes shown, and the yönetici's
 * programme calendars panel. Key screens under test-results/onay-bekleyenler/ and test-results/program-takvimleri/.
 */
useJourneyApp({ enterprises: 200 });

/** The API as a signed-in user (the same HTTP contract the renderer uses), to prepare files for the müdür. */
async function apiAs(username: string): Promise<(channel: string, request: unknown) => Promise<{ ok: boolean; value?: unknown }>> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-kobi-token': token, origin: app.origin };
  const post = async (channel: string, request: unknown) => {
    const answer = await fetch(`${app.origin}/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(request) });
    return (await answer.json()) as { ok: boolean; value?: unknown };
  };
  const login = await fetch(`${app.origin}/api/session:login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  headers['cookie'] = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return post;
}

describe('müdür: Onayımı bekleyenler', { timeout: 180_000 }, () => {
  it('lists the files sent for approval with who prepared them, and says which one four-eyes keeps from this müdür', async () => {
    const uzman = await apiAs('uzman');
    const mudur = await apiAs('mudur');
    const inbox = (await uzman('inbox:list', { scope: 'all', limit: 200 })) as {
      value: { tasks: { kind: string; program: string; applicationId: number; unvan: string }[] };
    };
    const reviews = inbox.value.tasks.filter((task) => task.kind === 'application-review' && task.program !== 'ITKFDP-II').slice(0, 2);
    expect(reviews).toHaveLength(2);
    const [byOfficer, byMudur] = reviews;
    if (byOfficer === undefined || byMudur === undefined) throw new Error('two IKDP files expected');
    expect(await uzman('case:evaluate', { applicationId: byOfficer.applicationId })).toMatchObject({ ok: true });
    expect(await mudur('case:evaluate', { applicationId: byMudur.applicationId })).toMatchObject({ ok: true });
    for (const file of reviews) {
      expect(
        await uzman('workflow:transition', { kind: 'ikdp_application', recordId: file.applicationId, to: 'mudur_onayinda' }),
      ).toMatchObject({
        ok: true,
      });
    }

    await login(page, app.url, 'mudur');
    const table = page.getByRole('grid', { name: 'Onayımı bekleyen kayıtlar, en uzun bekleyen önce' });
    await table.waitFor();
    const officerRow = table.getByRole('row').filter({ hasText: byOfficer.unvan });
    const mudurRow = table.getByRole('row').filter({ hasText: byMudur.unvan });
    await expect.poll(() => officerRow.textContent()).toContain('Ayşe Yıldırım (hazırladı ve gönderdi)');
    expect(await officerRow.textContent()).toContain('Evet');
    expect(await officerRow.textContent()).toContain('MADDE 11(1)');
    expect(await mudurRow.textContent()).toContain('Zeynep Aksoy hazırladı, Ayşe Yıldırım gönderdi');
    expect(await mudurRow.textContent()).toContain('Dört göz ilkesi: bu başvurunun değerlendirmesini siz hazırladınız');
    await keyScreen(page, 'onay-bekleyenler', '01-mudur');
  });

  it('is not shown to an officer', async () => {
    await login(page, app.url, 'uzman');
    await page.getByRole('heading', { level: 1, name: 'Yapılacaklar' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Onayımı bekleyenler' }).count()).toBe(0);
  });
});

describe('yönetici: Program takvimleri', { timeout: 180_000 }, () => {
  it('adds a call calendar, refuses dates that do not fit together, and corrects a date', async () => {
    await login(page, app.url, 'yonetici');
    await page.getByRole('link', { name: 'Ayarlar' }).click();
    await page.getByRole('tab', { name: 'Program takvimleri' }).click();
    const form = page.getByRole('region', { name: 'Yeni takvim' });
    await form.getByLabel('Takvimin adı').fill('ITKFDP-II 2026/1. çağrı');
    await fillDate(page, 'İlan tarihi', '2026-01-15');
    await fillDate(page, 'Başvuru başlangıcı', '2026-02-01');
    await fillDate(page, 'Başvuru bitişi', '2026-01-31');
    await form.getByLabel('Referans ayları').fill('11.2025, 12.2025');
    await form.getByRole('button', { name: 'Takvimi ekle' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Başvuru döneminin bitişi (31.01.2026) başlangıcından (01.02.2026) önce olamaz.');
    await keyScreen(page, 'program-takvimleri', '01-hatali-tarih');

    await fillDate(page, 'Başvuru bitişi', '2026-03-31');
    await form.getByRole('button', { name: 'Takvimi ekle' }).click();
    const row = page.getByRole('row').filter({ hasText: 'ITKFDP-II 2026/1. çağrı' });
    await expect.poll(() => row.textContent()).toContain('31.03.2026');
    expect(await row.textContent()).toContain('11.2025, 12.2025');

    await row.getByRole('button', { name: 'ITKFDP-II 2026/1. çağrı takvimini düzenle' }).click();
    const edit = page.getByRole('region', { name: 'Takvimi düzenle: ITKFDP-II 2026/1. çağrı' });
    await fillDate(page, 'Başvuru bitişi', '2026-04-30');
    await edit.getByRole('button', { name: 'Kaydet' }).click();
    await expect.poll(() => row.textContent()).toContain('30.04.2026');
    await keyScreen(page, 'program-takvimleri', '02-liste');
  });
});
