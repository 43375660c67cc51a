import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingsOf, judge, ruleSeverities, type Exclusion, type Finding } from './electronegativity-report';

/**
 * `npm run security:electron` (run by .ci/run): electronegativity over
 * electron/ and renderer/, its SARIF judged by electronegativity-report.ts
 * against the reviewed exclusions in .ci/electronegativity-exclusions.json.
 * Exit 1 on any HIGH or MEDIUM finding not excluded with a reason.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOOL = join(ROOT, 'node_modules', '@doyensec', 'electronegativity');
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string })
  .version;

/** One scan over a copy of electron/ and renderer/ together, so the global checks see the main process and the UI at once. */
function scan(folders: readonly string[]): Finding[] {
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    const input = join(work, 'kaynak');
    for (const folder of folders)
      cpSync(join(ROOT, folder), join(input, folder), {
        recursive: true,
        filter: (path) => !path.includes(`${sep}node_modules`) && !path.includes(`${sep}dist${sep}`),
      });
    const output = join(work, 'rapor.sarif');
    const run = spawnSync(
      process.execPath,
      [join(TOOL, 'dist', 'index.js'), '-i', input, '-o', output, '-r', '-v', 'false', '-e', ELECTRON_VERSION],
      {
        encoding: 'utf8',
        cwd: ROOT,
      },
    );
    if (run.status !== 0) throw new Error(`electronegativity çalışmadı: ${run.stderr}`);
    return findingsOf(readFileSync(output, 'utf8')).map((finding) => ({
      ...finding,
      file: finding.file === 'file:///' ? '(genel)' : finding.file,
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const exclusions = JSON.parse(readFileSync(join(ROOT, '.ci', 'electronegativity-exclusions.json'), 'utf8')) as Exclusion[];
const findings = scan(['electron', 'renderer']);
const verdict = judge(findings, ruleSeverities(join(TOOL, 'dist', 'finder', 'checks')), exclusions);
for (const item of verdict.excused) console.log(`hariç tutuldu: ${item.rule} ${item.file}:${item.line} — ${item.reason}`);
for (const item of verdict.unusedExclusions) console.log(`kullanılmayan hariç tutma (dosyadan silin): ${item.rule} ${item.file}`);
for (const item of verdict.failing) console.log(`BULGU ${item.severity}: ${item.rule} ${item.file}:${item.line} — ${item.message}`);
console.log(`electronegativity: ${findings.length} bulgu, ${verdict.failing.length} engelleyen (HIGH/MEDIUM, hariç tutulmamış).`);
process.exitCode = verdict.failing.length === 0 ? 0 : 1;
