import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../db/connection';
import { writeDemoData } from '../db/demo/write-demo';
import { renderFormPdf } from '../electron/pdf/render-form';
import { pkcs12Signer } from '../electron/pdf/signing/pkcs12-signer';
import { approvedFormSubjects, exportApprovedForms } from '../electron/services/forms/batch-export';
import { createFormsService } from '../electron/services/forms/forms-service';
import { createTestPki } from '../test/electron/pdf/test-pki';
import { median, type BenchRow } from './bench-row';
import { formHtml } from './forms-html';

/**
 * Form benchmarks (issue 15 item 9) on a demo set written by `demo-data`'s writer:
 * - one Destek Ödeme Uygunluk Formu built from the database, rendered and signed with a PKCS#12 certificate
 *   (median of 25 after 3 warm-up runs; wall time, and the process's CPU time since the machine is shared);
 * - a batch export of every approved form of the demo set (about 1,000; `KOBI_BENCH_FORMS` changes it), unsigned
 *   as `export-forms` writes them without --p12, normalised to 1,000 forms;
 * - the same form as HTML printed by Chromium `--headless --print-to-pdf` (median of 3 launches), as a ratio.
 */

const SINGLE_RUNS = 25;
const WARM_UP = 3;
const SINGLE_TARGET_MS = 150;
const BATCH_TARGET_S = 120;
const CHROMIUM_RATIO_TARGET = 5;
const FORMS = Number(process.env.KOBI_BENCH_FORMS ?? '1000');
const DEMO_FORMS_PER_ENTERPRISE = 0.8;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--headless',
  '--no-pdf-header-footer',
];

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function runFormsBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kobi-dosya-bench-forms-'));
  const key = { kind: 'raw', hex: '6b6f62692d646f7379612d62656e63682d666f726d6c61722d616e61687461' } as const;
  const opened = openDatabase(join(dir, 'demo.sqlite'), { key, create: true });
  if (!opened.ok) throw new Error(opened.error.message);
  const { db } = opened;
  try {
    const written = writeDemoData(db, { seed: 7, enterprises: Math.ceil(FORMS / DEMO_FORMS_PER_ENTERPRISE) });
    if (!written.ok) throw new Error(written.reason);
    const pki = createTestPki();
    const signer = await pkcs12Signer(readFileSync(pki.preparerP12), pki.passphrase);
    const service = createFormsService({ db, clock: () => new Date() });
    const subjects = approvedFormSubjects(db, '2000-01-01', '2100-12-31');
    const subject = subjects.find((candidate) => candidate.request.form === 'FRM.39.00.05');
    if (subject === undefined) throw new Error('Demo verisinde FRM.39.00.05 yok.');

    const wall: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < WARM_UP + SINGLE_RUNS; run += 1) {
      const started = performance.now();
      const startedCpu = process.cpuUsage();
      const built = service.buildForm(subject.request);
      if (!built.ok) throw new Error(built.error.message);
      await service.signForm((await renderFormPdf(built.value)).bytes, signer);
      if (run >= WARM_UP) {
        wall.push(performance.now() - started);
        cpu.push(cpuMs(startedCpu));
      }
    }
    const single = median(wall);

    const folder = join(dir, 'formlar');
    const batchStart = performance.now();
    const batchCpuStart = process.cpuUsage();
    const batch = await exportApprovedForms(service, db, { from: '2000-01-01', to: '2100-12-31', folder });
    const batchSeconds = (performance.now() - batchStart) / 1000;
    const perThousand = (batchSeconds * 1000) / Math.max(1, batch.written.length);
    const cpuPerThousand = cpuMs(batchCpuStart) / Math.max(1, batch.written.length);

    const built = service.buildForm(subject.request);
    if (!built.ok) throw new Error(built.error.message);
    const html = join(dir, 'form.html');
    writeFileSync(html, formHtml(built.value));
    const chromium: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      execFileSync(
        CHROMIUM,
        [...CHROMIUM_FLAGS, `--user-data-dir=${join(dir, 'chromium')}`, `--print-to-pdf=${join(dir, 'chromium.pdf')}`, `file://${html}`],
        {
          stdio: 'ignore',
        },
      );
      chromium.push(performance.now() - started);
    }
    const chromiumMs = median(chromium);
    rmSync(pki.dir, { recursive: true, force: true });
    return [
      {
        name: 'form: FRM.39.00.05 oluştur + PAdES imzala (medyan, duvar saati)',
        value: single,
        unit: 'ms',
        target: `< ${SINGLE_TARGET_MS} ms`,
        meetsTarget: single < SINGLE_TARGET_MS,
      },
      { name: 'form: aynı iş, sürecin CPU zamanı (medyan)', value: median(cpu), unit: 'ms' },
      {
        name: `form: toplu dışa aktarım, ${batch.written.length} form (${batch.failed.length} hazırlanamadı), 1.000 forma oranla`,
        value: perThousand,
        unit: 's',
        target: `< ${BATCH_TARGET_S} s`,
        meetsTarget: perThousand < BATCH_TARGET_S,
      },
      { name: 'form: aynı toplu iş, sürecin CPU zamanı, 1.000 forma oranla', value: cpuPerThousand, unit: 's' },
      {
        name: 'form: aynı form HTML → Chromium --print-to-pdf (medyan)',
        value: chromiumMs,
        unit: 'ms',
        target: `≥ ${CHROMIUM_RATIO_TARGET}× daha yavaş`,
        meetsTarget: chromiumMs / single >= CHROMIUM_RATIO_TARGET,
        ratio: chromiumMs / single,
        ratioLabel: 'oluştur + imzala süresinin',
      },
    ];
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}
