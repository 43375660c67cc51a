import { parseWith } from '../inputs/common';
import { formatIssues } from '../lib/validation';
import type { RuleReference } from '../rules';
import { firstDifference } from './compare-expectation';
import { scenarioOutcome } from './scenario-outcome';
import { isScenarioKind, SCENARIO_SCHEMAS, type Scenario } from './scenario-schema';

export type ScenarioVerdict =
  { readonly status: 'PASS'; readonly id: string } | { readonly status: 'FAIL'; readonly id: string; readonly message: string };

export type ParsedScenario =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly id: string; readonly message: string };

function idOf(raw: unknown, fallback: string): string {
  if (raw !== null && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id !== '') return raw.id;
  return fallback;
}

/** Parse the text of a scenario file; `fileName` names it in every message. */
export function parseScenario(text: string, fileName: string): ParsedScenario {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      id: fileName,
      message: `${fileName}: geçerli JSON değil (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const id = idOf(raw, fileName);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, id, message: `${fileName}: senaryo bir JSON nesnesi olmalı` };
  }
  const kind = 'kind' in raw ? raw.kind : undefined;
  if (typeof kind !== 'string' || !isScenarioKind(kind)) {
    return {
      ok: false,
      id,
      message: `${fileName}: alan "kind": ${kind === undefined ? 'zorunlu alan eksik' : `bilinmeyen tür ${JSON.stringify(kind)}`}; izin verilenler: ${Object.keys(SCENARIO_SCHEMAS).join(', ')}`,
    };
  }
  const parsed = parseWith<Scenario>(SCENARIO_SCHEMAS[kind], raw);
  if (!parsed.ok) return { ok: false, id, message: `${fileName}: ${formatIssues(parsed.issues)}` };
  return { ok: true, scenario: parsed.value };
}

/** Evaluate one scenario file's text: PASS, or FAIL with the first difference or what is wrong with the file. */
export function runScenario(text: string, fileName: string, reference?: RuleReference): ScenarioVerdict {
  const parsed = parseScenario(text, fileName);
  if (!parsed.ok) return { status: 'FAIL', id: parsed.id, message: parsed.message };
  const { scenario } = parsed;
  const outcome = scenarioOutcome(scenario, reference);
  if (typeof outcome === 'string') return { status: 'FAIL', id: scenario.id, message: `${fileName}: ${outcome}` };
  const difference = firstDifference(scenario.expect, outcome);
  return difference === null ? { status: 'PASS', id: scenario.id } : { status: 'FAIL', id: scenario.id, message: difference };
}
