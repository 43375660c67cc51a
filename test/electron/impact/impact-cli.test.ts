import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../db/connection';
import { putProgrammeEdition } from '../../../db/repositories/reference-data';
import { withWrite } from '../../../db/write-context';
import { DATABASE_KEY_ENV } from '../../../electron/cli/database-options';
import { TEST_ACTOR, TEST_DATABASE_KEY_HEX } from '../../db/helpers';
import { createAppFixture, type AppFixture } from '../services/app-fixture';
import { createEvaluatedCase, editionPayload, IKDP_2026_WINDOW_CORRECTED } from './impact-fixture';

const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..', '..');

/** `npm run --silent cli -- impact --db F` (README): one JSON line per affected case on stdout, a Turkish summary on stderr. */
describe('impact --db F (issue 18 item 3)', () => {
  let fixture: AppFixture;
  beforeEach(() => {
    fixture = createAppFixture('2026-05-04');
  });
  afterEach(() => {
    fixture.dispose();
  });

  it('prints exactly the affected open cases as JSON lines, through the real entry point', async () => {
    const late = await createEvaluatedCase(fixture, { name: 'Geç', appliedOn: '2026-04-20' });
    await createEvaluatedCase(fixture, { name: 'Erken', appliedOn: '2026-03-10' });
    const { db, path } = fixture.database;
    withWrite(db, TEST_ACTOR, (w) =>
      putProgrammeEdition(w, {
        editionId: 'IKDP-2026',
        version: 2,
        payload: editionPayload(IKDP_2026_WINDOW_CORRECTED),
        provisional: true,
        source: 'test',
      }),
    );
    closeDatabase(db);
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPOSITORY_ROOT, 'electron', 'cli', 'main.ts'),
        'impact',
        '--db',
        path,
        '--workers',
        '2',
        '--today',
        '2026-05-04',
      ],
      { cwd: REPOSITORY_ROOT, env: { ...process.env, [DATABASE_KEY_ENV]: TEST_DATABASE_KEY_HEX }, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      applicationId: late,
      program: 'IKDP-2026',
      unvan: 'Geç Tekstil Ltd. Şti.',
      responsibleUserId: fixture.staff.uzman,
      subject: 'eligibility',
      before: { approved: true },
      after: { approved: false },
      parameters: [{ edition: 'IKDP-2026', key: 'applicationEnd', before: '30.04.2026', after: '15.04.2026' }],
      summary: [
        'Uygunluk: UYGUN → UYGUN DEĞİL.',
        expect.stringMatching(/^Uygunluk: application-window \(MADDE 10\(1\)\) UYGUN → UYGUN DEĞİL/),
      ],
    });
    expect(run.stderr).toBe(
      '2 açık dosya 2 iş parçacığında yeniden değerlendirildi; 1 dosyada 1 kayıtlı karar değişirdi. Değişenler: IKDP-2026: Başvuru dönemi sonu: 30.04.2026 → 15.04.2026.\n',
    );
  }, 120_000);
});
