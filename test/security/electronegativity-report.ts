import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reading electronegativity's SARIF report (issue 13 item 9). The tool's
 * SARIF marks findings only `warning` or `note` and carries no severity, so
 * each rule's severity is read from the tool's own check module: the highest
 * `severity.X` that check can report (conservative: a rule that is MEDIUM in
 * one case and LOW in another counts as MEDIUM). HIGH and MEDIUM findings
 * fail unless the reviewed exclusion file lists them with a reason.
 */
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
export type Finding = { readonly rule: string; readonly file: string; readonly line: number; readonly message: string };
export type Exclusion = { readonly rule: string; readonly file: string; readonly reason: string };

const ORDER: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

type Sarif = {
  runs: {
    results: {
      ruleId: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
};

export function findingsOf(sarifText: string): Finding[] {
  const sarif = JSON.parse(sarifText) as Sarif;
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations[0]?.physicalLocation;
      return {
        rule: result.ruleId,
        file: location?.artifactLocation.uri ?? '',
        line: location?.region.startLine ?? 0,
        message: result.message.text,
      };
    }),
  );
}

/** Rule id → the highest severity its check module can report. */
export function ruleSeverities(checksFolder: string): Map<string, Severity> {
  const severities = new Map<string, Severity>();
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.js')) {
        const source = readFileSync(path, 'utf8');
        const ids = [...source.matchAll(/this\.id = ["']([A-Z0-9_]+)["']/g)].map((match) => match[1] ?? '');
        const levels = [...source.matchAll(/severity\.(HIGH|MEDIUM|LOW|INFORMATIONAL)/g)].map((match) => match[1] as Severity);
        const highest = ORDER.find((level) => levels.includes(level));
        if (highest !== undefined) for (const id of ids) severities.set(id, highest);
      }
    }
  };
  visit(checksFolder);
  return severities;
}

export type Verdict = {
  readonly failing: (Finding & { severity: Severity })[];
  readonly excused: (Finding & { reason: string })[];
  readonly unusedExclusions: Exclusion[];
};

export function judge(findings: readonly Finding[], severities: ReadonlyMap<string, Severity>, exclusions: readonly Exclusion[]): Verdict {
  const failing: (Finding & { severity: Severity })[] = [];
  const excused: (Finding & { reason: string })[] = [];
  const used = new Set<Exclusion>();
  for (const finding of findings) {
    // An unknown rule is treated as HIGH: a new check of a newer tool must be reviewed.
    const severity = severities.get(finding.rule) ?? 'HIGH';
    if (severity !== 'HIGH' && severity !== 'MEDIUM') continue;
    const exclusion = exclusions.find((item) => item.rule === finding.rule && item.file === finding.file && item.reason.trim() !== '');
    if (exclusion === undefined) failing.push({ ...finding, severity });
    else {
      used.add(exclusion);
      excused.push({ ...finding, reason: exclusion.reason });
    }
  }
  return { failing, excused, unusedExclusions: exclusions.filter((item) => !used.has(item)) };
}
