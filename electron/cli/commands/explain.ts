import { basename } from 'node:path';
import { explainScenario } from '../../../core/report/explain-text';
import { parseScenario } from '../../../core/scenarios/run-scenario';
import { CliError, type CommandResult } from '../command';
import { readScenarioFile } from '../scenario-file';

/** `explain <file>`: the Turkish report of a case file in the scenario format (its `expect` may be left out). */
export function explainCommand(args: readonly string[]): CommandResult {
  const [file] = args;
  if (file === undefined || args.length !== 1) throw new CliError('Kullanım: explain <dosya.json>');
  const read = readScenarioFile(file);
  if (!read.ok) throw new CliError(read.message);
  const parsed = parseScenario(withExpectation(read.text), basename(file));
  if (!parsed.ok) throw new CliError(parsed.message);
  return { output: explainScenario(parsed.scenario), exitCode: 0 };
}

/** A case file to explain need not say what it expects: add an empty `expect` when it has none. */
function withExpectation(text: string): string {
  try {
    const raw: unknown = JSON.parse(text);
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !('expect' in raw)) {
      return JSON.stringify({ ...raw, expect: {} });
    }
  } catch {
    // Not JSON: parseScenario reports it with the file name.
  }
  return text;
}
