import { formatDateTr, formatMonthTr, plusMonths } from '../../lib/calendar-date';
import { check, passOrFail, type CheckResult } from '../../lib/checks';
import { valueOn } from '../../lib/legal-reference';
import type { FinansmanCaseInput } from '../../inputs/finansman-input';
import type { FinansmanCall } from './call';
import { SIZE_TR } from './eligibility-checks';
import { averageKurus, formatKurusTry, kurusOf, type Kurus } from './kurus';
import { lastPrincipalFreeDue, type LoanTable } from './loan-table';

/** The credit line's checks of the loan and the bank's payment table (spec/domain-rules.md "Finansman desteği 2026"). */

export type PayrollLimit = {
  /** The monthly average PEK of the base months, rounded to kuruş; `null` when not announced or data is missing. */
  readonly kurus: Kurus | null;
  readonly check: CheckResult;
};

/**
 * "Kredi tutarı … Kasım ve Aralık 2025 … prim esas kazançların aylık ortalamasını aşamaz" (Yönetmelik as quoted):
 * the limit is the sum of the base months' PEK divided by their number, rounded to kuruş (half up); the loan passes
 * when it is at most that. A call that announces no basis for the limit is a gap: the check decides nothing.
 */
export function payrollLimit(input: FinansmanCaseInput, call: FinansmanCall, table: LoanTable): PayrollLimit {
  const code = 'loan-payroll-limit';
  const article = call.sources[code].article;
  const months = valueOn(call.payrollBaseMonths, input.asOf);
  const rule = valueOn(call.payrollLimitRule, input.asOf);
  const monthNames = months === null ? 'ilan edilmedi' : months.map(formatMonthTr).join(', ');
  if (rule === null || months === null || months.length === 0) {
    return {
      kurus: null,
      check: check(
        code,
        article,
        'pass',
        `${call.id}: kredi limitinin baz aylardan (${monthNames}) nasıl hesaplanacağı henüz ilan edilmedi; limit uygulanmıyor (boşluk, merkez ilan edince doldurulur).`,
      ),
    };
  }
  const missing = months.filter((month) => input.payrollPEK[month] === undefined);
  if (missing.length > 0) {
    return {
      kurus: null,
      check: check(code, article, 'missing-data', `Baz ayların PEK verisi eksik: ${missing.map(formatMonthTr).join(', ')}.`),
    };
  }
  const values = months.map((month) => kurusOf(input.payrollPEK[month] ?? '0.00'));
  const limit = averageKurus(values);
  const within = table.amountKurus <= limit;
  const formula = `(${values.map(formatKurusTry).join(' + ')}) / ${months.length} = ${formatKurusTry(limit)}`;
  return {
    kurus: limit,
    check: passOrFail(
      code,
      article,
      within,
      `Kredi tutarı ${formatKurusTry(table.amountKurus)} ${within ? '≤' : '>'} baz ayların (${monthNames}, tüm işyerleri) aylık ortalama PEK'i ${formula}.`,
    ),
  };
}

function loanCapCheck(input: FinansmanCaseInput, call: FinansmanCall, table: LoanTable): CheckResult {
  const code = 'loan-cap';
  const caps = valueOn(call.loanCapTry, input.asOf);
  if (caps === null) return check(code, call.sources[code].article, 'missing-data', 'Kredi üst limiti ilan edilmedi.');
  const cap = kurusOf(caps[input.enterprise.size]);
  const within = table.amountKurus <= cap;
  return passOrFail(
    code,
    call.sources[code].article,
    within,
    `Kredi tutarı ${formatKurusTry(table.amountKurus)} ${within ? '≤' : '>'} ${call.id} çağrısının ${SIZE_TR[input.enterprise.size]} için üst limiti ${formatKurusTry(cap)}.`,
  );
}

/** Term ≤ 36 months and months without principal ≤ 6, as declared and as the payment table shows them. */
function loanTermCheck(input: FinansmanCaseInput, call: FinansmanCall, table: LoanTable): CheckResult {
  const code = 'loan-term';
  const article = call.sources[code].article;
  const maxTerm = valueOn(call.maxTermMonths, input.asOf);
  const maxGrace = valueOn(call.maxGraceMonths, input.asOf);
  if (maxTerm === null || maxGrace === null)
    return check(code, article, 'missing-data', 'En uzun vade ya da anapara ödemesiz süre ilan edilmedi.');
  const { termMonths, graceMonths } = input.loan;
  const graceLimit = plusMonths(table.start, maxGrace);
  const lastFree = lastPrincipalFreeDue(table);
  const problems: string[] = [];
  const facts: string[] = [`vade ${termMonths} ay (en fazla ${maxTerm})`, `anapara ödemesiz süre ${graceMonths} ay (en fazla ${maxGrace})`];
  if (termMonths > maxTerm) problems.push(`vade ${termMonths} ay > ${maxTerm} ay`);
  if (graceMonths > maxGrace) problems.push(`anapara ödemesiz süre ${graceMonths} ay > ${maxGrace} ay`);
  if (lastFree !== null) {
    const tableText = `ödeme tablosunda anapara ödemesiz son taksit ${formatDateTr(lastFree)}, kullandırım ${formatDateTr(table.start)} + ${maxGrace} ay = ${formatDateTr(graceLimit)}`;
    if (lastFree > graceLimit) problems.push(`${tableText} sınırından sonra`);
    else facts.push(tableText);
  }
  return problems.length === 0
    ? check(code, article, 'pass', `Kredi koşulları uygun: ${facts.join('; ')}.`)
    : check(code, article, 'fail', `Kredi koşulları aşılıyor: ${problems.join('; ')}.`);
}

/** 2026-1: drawn in one go by 30/06/2026. A call that announces neither is a gap: the check decides nothing. */
function loanDrawnByCheck(input: FinansmanCaseInput, call: FinansmanCall): CheckResult {
  const code = 'loan-drawn-by';
  const article = call.sources[code].article;
  const drawnBy = valueOn(call.drawnBy, input.asOf);
  const single = valueOn(call.singleDrawing, input.asOf);
  const { drawnOn } = input.loan;
  const dates = drawnOn.map(formatDateTr).join(', ');
  if (drawnBy === null && single === null) {
    return check(
      code,
      article,
      'pass',
      `${call.id}: kullandırımın son tarihi ve biçimi henüz ilan edilmedi; koşul uygulanmıyor (boşluk). Kullandırım: ${dates}.`,
    );
  }
  const problems: string[] = [];
  const late = drawnBy === null ? [] : drawnOn.filter((date) => date > drawnBy);
  if (late.length > 0 && drawnBy !== null) {
    problems.push(`${late.map(formatDateTr).join(', ')} tarihli kullandırım son gün ${formatDateTr(drawnBy)} sonrasında`);
  }
  if (single === true && drawnOn.length > 1)
    problems.push(`kredi tek seferde kullandırılmalı, ${drawnOn.length} kullandırım var (${dates})`);
  const rule = [drawnBy === null ? null : `son gün ${formatDateTr(drawnBy)}`, single === true ? 'tek seferde' : null]
    .filter((part) => part !== null)
    .join(', ');
  return problems.length === 0
    ? check(code, article, 'pass', `Kullandırım ${dates}: koşul (${rule}) sağlanıyor.`)
    : check(code, article, 'fail', `Kullandırım koşulu (${rule}) sağlanmıyor: ${problems.join('; ')}.`);
}

/** The bank's table: principals sum to the loan amount, and no instalment falls due after drawing + term. */
function loanScheduleCheck(input: FinansmanCaseInput, call: FinansmanCall, table: LoanTable): CheckResult {
  const code = 'loan-schedule';
  const article = call.sources[code].article;
  const count = table.dueOn.length;
  if (count === 0) return check(code, article, 'fail', 'Bankanın ödeme tablosunda taksit yok.');
  const principal = table.principalKurus.reduce((total, value) => total + value, 0);
  const end = plusMonths(table.start, input.loan.termMonths);
  const late: string[] = [];
  table.dueOn.forEach((due, index) => {
    if (due > end) late.push(`${index + 1}. taksit (${formatDateTr(due)})`);
  });
  const problems: string[] = [];
  if (principal !== table.amountKurus) {
    problems.push(`anapara taksitlerinin toplamı ${formatKurusTry(principal)} ≠ kredi tutarı ${formatKurusTry(table.amountKurus)}`);
  }
  if (late.length > 0) {
    problems.push(
      `${late.join(', ')} vade sonu ${formatDateTr(table.start)} + ${input.loan.termMonths} ay = ${formatDateTr(end)} sonrasında`,
    );
  }
  return problems.length === 0
    ? check(
        code,
        article,
        'pass',
        `${count} taksit; anapara toplamı ${formatKurusTry(principal)} = kredi tutarı; hiçbir taksit vade sonu ${formatDateTr(end)} tarihinden sonra değil.`,
      )
    : check(code, article, 'fail', `Ödeme tablosu kredi ile uyuşmuyor: ${problems.join('; ')}.`);
}

export function finansmanLoanChecks(input: FinansmanCaseInput, call: FinansmanCall, table: LoanTable, limit: PayrollLimit): CheckResult[] {
  return [
    limit.check,
    loanCapCheck(input, call, table),
    loanTermCheck(input, call, table),
    loanDrawnByCheck(input, call),
    loanScheduleCheck(input, call, table),
  ];
}
