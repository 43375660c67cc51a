import { readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportApprovedForms, type BatchProgress } from '../../../electron/services/forms/batch-export';
import { createFormsService, type FormsService } from '../../../electron/services/forms/forms-service';
import { makeTempDir, openTestDatabase, steppingClock, type TestDatabase } from '../../db/helpers';
import { buildFormsFixture } from './forms-fixture';
import { pdfText } from './poppler';

let database: TestDatabase;
let service: FormsService;
let folder: string;

beforeAll(() => {
  database = openTestDatabase({ now: steppingClock('2026-02-20T08:00:00.000Z') });
  buildFormsFixture(database.db);
  service = createFormsService({ db: database.db, clock: () => new Date('2027-03-01T09:00:00.000Z') });
  folder = makeTempDir('kobi-dosya-formlar-');
});

afterAll(() => {
  database.dispose();
  rmSync(folder, { recursive: true, force: true });
});

const EXPECTED = [
  'FRM.39.00.03_1.pdf',
  'FRM.39.00.05_1-1.pdf',
  'FRM.39.00.05_1-2.pdf',
  'FRM.39.00.06_1-1.pdf',
  'ITKFDP2-FRM.04_2-3.pdf',
  'ITKFDP2-FRM.04_2-4.pdf',
  'ITKFDP2-FRM.05_2-2.pdf',
  'ITKFDP2-TAB.01_2.pdf',
];

describe('batch export of approved forms — issue 15 item 6', () => {
  it('writes every approved form of the range with progress, and resumes: complete files are kept, broken or missing ones rewritten', async () => {
    const progress: BatchProgress[] = [];
    const first = await exportApprovedForms(service, database.db, {
      from: '2025-01-01',
      to: '2027-12-31',
      folder,
      onProgress: (step) => progress.push(step),
    });
    expect(first.failed).toEqual([]);
    expect([...first.written].sort()).toEqual(EXPECTED);
    expect(readdirSync(folder).sort()).toEqual(EXPECTED);
    expect(progress.map((step) => step.done)).toEqual(EXPECTED.map((_, index) => index + 1));
    expect(progress.at(-1)).toMatchObject({ total: 8, written: 8, skipped: 0 });
    const before = Object.fromEntries(EXPECTED.map((name) => [name, readFileSync(join(folder, name))]));

    unlinkSync(join(folder, 'FRM.39.00.06_1-1.pdf'));
    const broken = join(folder, 'ITKFDP2-FRM.04_2-3.pdf');
    writeFileSync(broken, readFileSync(broken).subarray(0, 5000));
    const second = await exportApprovedForms(service, database.db, { from: '2025-01-01', to: '2027-12-31', folder });
    expect([...second.written].sort()).toEqual(['FRM.39.00.06_1-1.pdf', 'ITKFDP2-FRM.04_2-3.pdf']);
    expect(second.skipped).toHaveLength(6);
    for (const name of EXPECTED) expect(readFileSync(join(folder, name)).equals(before[name] ?? Buffer.alloc(0))).toBe(true);
  });

  it('takes only the forms whose date is in the range', async () => {
    const other = makeTempDir('kobi-dosya-formlar-');
    try {
      const result = await exportApprovedForms(service, database.db, { from: '2027-01-01', to: '2027-12-31', folder: other });
      expect(result.written).toEqual(['FRM.39.00.06_1-1.pdf']);
      expect(pdfText(readFileSync(join(other, 'FRM.39.00.06_1-1.pdf')))).toContain('24.02.2027');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
