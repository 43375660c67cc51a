import { describe, expect, it } from 'vitest';
import { IKDP_2025 } from '../../../core/programmes/ikdp/edition-2025';
import { IKDP_2026 } from '../../../core/programmes/ikdp/edition-2026';
import { IKDP_PARAMETER_LABELS, ikdpParameterLines } from '../../../core/programmes/ikdp/parameter-report';

function valuesOf(lines: ReturnType<typeof ikdpParameterLines>): Record<string, string | null> {
  return Object.fromEntries(lines.map((line) => [line.key, line.value]));
}

describe('ikdpParameterLines', () => {
  it('IKDP-2025: every parameter in Turkish from the regulation, none provisional', () => {
    const lines = ikdpParameterLines(IKDP_2025, '2025-03-10');
    expect(lines.map((line) => line.key)).toEqual(Object.keys(IKDP_PARAMETER_LABELS));
    expect(valuesOf(lines)).toEqual({
      baseMonths: 'Ekim 2024, Kasım 2024, Aralık 2024',
      requestableMonths: 'Ocak 2025 – Aralık 2025',
      supportPer30PrimGun: '2.500,00 ₺',
      basePrimGunCap: '7.470 prim gün',
      totalCapTry: '7.470.000,00 ₺',
      sectorPrefixes: '13, 14, 15, 31',
      sectorReferenceDate: '31.12.2024',
      declarationRequired: 'aranır',
      applicationStart: '31.01.2025',
      applicationEnd: '31.03.2025',
      requestDeadline: '31.03.2026',
      programmePeriod: 'onaydan itibaren 12 ay',
      postMonitoringAfterYears: 'program bitiminden 1 yıl sonra',
      preservationRule: 'talep edilen ayların ortalaması baz ortalamadan az olmamalı',
    });
    expect(lines.every((line) => line.source !== null && line.source.provisional !== true)).toBe(true);
  });

  it('IKDP-2026: provisional values with their last confirmation; the two unannounced ones are gaps', () => {
    const lines = ikdpParameterLines(IKDP_2026, '2026-03-10');
    const values = valuesOf(lines);
    expect(values['declarationRequired']).toBe('aranmaz');
    expect(values['programmePeriod']).toBe('31.12.2026 tarihine kadar');
    expect(values['preservationRule']).toMatch(/^her talep ayı ya da Ocak’tan/);
    expect(lines.filter((line) => line.value === null).map((line) => line.key)).toEqual(['requestDeadline', 'postMonitoringAfterYears']);
    for (const line of lines) {
      expect.soft(line.source?.provisional, line.key).toBe(true);
      expect.soft(line.source?.lastConfirmed, line.key).toMatch(/^2026-\d{2}-\d{2}$/);
    }
  });
});
