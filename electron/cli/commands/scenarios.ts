import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runScenario, type ScenarioVerdict } from '../../../core/scenarios/run-scenario';
import { CliError, type CommandResult } from '../command';
import { readScenarioFile } from '../scenario-file';

/** Every `*.json` file below `dir`, sorted by path. */
export function scenarioFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.json')) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

function verdictLine(verdict: ScenarioVerdict): string {
  return verdict.status === 'PASS' ? `PASS ${verdict.id}` : `FAIL ${verdict.id}: ${verdict.message}`;
}

/**
 * `scenarios <dir>` (spec/scenario-format.md): one line per file, then `N passed, N failed` alone on the last line;
 * exit 0 only when nothing failed. A broken file is a FAIL line and the run goes on.
 */
export function scenariosCommand(args: readonly string[]): CommandResult {
  const [dir] = args;
  if (dir === undefined || args.length !== 1) throw new CliError('Kullanım: scenarios <klasör>');
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    throw new CliError(`Senaryo klasörü bulunamadı: ${dir}`);
  }
  if (!isDirectory) throw new CliError(`Senaryo klasörü değil: ${dir}`);
  const lines: string[] = [];
  const seen = new Map<string, string>();
  let passed = 0;
  let failed = 0;
  for (const file of scenarioFiles(dir)) {
    const name = relative(dir, file);
    let verdict: ScenarioVerdict;
    try {
      const read = readScenarioFile(file);
      verdict = read.ok ? runScenario(read.text, name) : { status: 'FAIL', id: name, message: read.message };
    } catch (error) {
      verdict = { status: 'FAIL', id: name, message: `${name}: okunamadı (${error instanceof Error ? error.message : String(error)})` };
    }
    const earlier = seen.get(verdict.id);
    if (earlier !== undefined) {
      verdict = { status: 'FAIL', id: verdict.id, message: `${name}: "${verdict.id}" kimliği ${earlier} dosyasında da kullanılmış` };
    } else {
      seen.set(verdict.id, name);
    }
    if (verdict.status === 'PASS') passed += 1;
    else failed += 1;
    lines.push(verdictLine(verdict));
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { output: lines.join('\n'), exitCode: failed === 0 ? 0 : 1 };
}
