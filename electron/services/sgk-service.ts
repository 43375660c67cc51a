import { monthRange, type MonthKey } from '../../core/lib/calendar-date';
import { valueOn } from '../../core/lib/legal-reference';
import { formatCountTr } from '../../core/lib/money';
import { ikdpBaseAverage } from '../../core/programmes/ikdp/base-average';
import { minimumPrimDays } from '../../core/programmes/itkfdp-ii/evaluate-periods';
import { BUILT_IN_REFERENCE } from '../../core/rules';
import { getApplication, type Application } from '../../db/repositories/applications';
import { getCallCalendar } from '../../db/repositories/call-calendars';
import { getEnterprise } from '../../db/repositories/enterprises';
import { enterpriseMonthlyPrimDaysInProvince, enterpriseMonthlyTotals, type MonthlyDays } from '../../db/repositories/prim-days';
import type { KobiDatabase } from '../../db/connection';
import type { ChannelRequest, ChannelResponse } from '../contract';
import type { SignedInCall } from './app-context';
import { notFound } from './service-error';

/**
 * The SGK chart of a case file (issue 14): the enterprise's monthly prim gün against the line the rules read them
 * against. The line comes from core/ (the IKDP base average, the ITKFDP-II period minimum); this file only picks the
 * months to show and says which fall below the line.
 */

type Series = ChannelResponse<'sgk:get-series'>;
type Line = Series['line'];
type Role = Series['months'][number]['role'];

function monthsToShow(days: MonthlyDays, lineMonths: readonly MonthKey[]): MonthKey[] {
  const dataMonths = Object.keys(days).sort();
  const first = lineMonths[0] ?? dataMonths[0];
  const lastData = dataMonths.at(-1);
  const lastLine = lineMonths.at(-1);
  if (first === undefined) return [];
  const last =
    [lastData, lastLine, first]
      .filter((month): month is MonthKey => month !== undefined)
      .sort()
      .at(-1) ?? first;
  return monthRange(first, last);
}

function series(days: MonthlyDays, lineMonths: readonly MonthKey[], role: Role, line: Line): Series['months'] {
  const marked = new Set(lineMonths);
  return monthsToShow(days, lineMonths).map((month) => {
    const primDays = days[month] ?? null;
    // The line is made from the base or reference months: only the months after them are read against it.
    const shown = marked.has(month) ? role : 'other';
    return {
      month,
      primDays,
      role: shown,
      belowLine: primDays === null || line.monthly === null || shown !== 'other' ? null : primDays < line.monthly,
    };
  });
}

function ikdpSeries(db: KobiDatabase, application: Application & { readonly program: 'IKDP-2025' | 'IKDP-2026' }): Series {
  const edition = BUILT_IN_REFERENCE.ikdpEditions[application.program];
  const days = enterpriseMonthlyTotals(db, application.enterpriseId);
  const on = application.approvedOn ?? application.appliedOn;
  const baseMonths = (on === null ? null : valueOn(edition.baseMonths, on)) ?? [];
  const foundedOn = getEnterprise(db, application.enterpriseId)?.foundedOn ?? null;
  const base = ikdpBaseAverage(days, foundedOn, baseMonths, edition);
  const line: Line = {
    kind: 'ikdp-base',
    label: base.value === null ? 'Baz ortalama hesaplanamadı' : `Baz ortalama ${formatCountTr(base.value)} prim gün`,
    monthly: base.value,
    perPeriod: null,
    monthsPerPeriod: null,
    article: base.article,
    explanation: base.explanation,
  };
  return { program: application.program, province: null, line, months: series(days, baseMonths, 'base', line) };
}

function itkfdpSeries(db: KobiDatabase, application: Application): Series {
  const edition = BUILT_IN_REFERENCE.itkfdp;
  const province = application.applicationProvince;
  const days = province === null ? {} : enterpriseMonthlyPrimDaysInProvince(db, application.enterpriseId, province);
  const calendar = application.callCalendarId === null ? undefined : getCallCalendar(db, application.callCalendarId)?.calendar;
  const referenceMonths = calendar?.referenceMonths ?? [];
  const on = calendar?.announcedOn ?? application.appliedOn;
  const monthsPerPeriod = on == null ? null : valueOn(edition.monthsPerPeriod, on);
  const article = edition.articles.minPrimDays;
  const minimum =
    referenceMonths.length === 0
      ? { value: null, article, explanation: 'Başvurunun uygulama takviminde referans aylar yok: asgari prim gün hesaplanamaz.' }
      : monthsPerPeriod === null
        ? { value: null, article, explanation: 'Çağrının ilan tarihinde dönem ay sayısı yürürlükte değil: asgari prim gün hesaplanamaz.' }
        : minimumPrimDays({ primDays: days, calendar: { referenceMonths } }, article, monthsPerPeriod);
  const monthly = minimum.value === null || monthsPerPeriod === null ? null : minimum.value / monthsPerPeriod;
  const line: Line = {
    kind: 'itkfdp-minimum',
    label:
      minimum.value === null || monthly === null
        ? 'Dönem asgarisi hesaplanamadı'
        : `Dönem asgarisi ${formatCountTr(minimum.value)} prim gün (aylık ${formatCountTr(monthly)})`,
    monthly,
    perPeriod: minimum.value,
    monthsPerPeriod,
    article: minimum.article,
    explanation: `${minimum.explanation} Ödeme döneminde ${monthsPerPeriod ?? 3} ayın toplamı asgariyle karşılaştırılır; grafikteki çizgi bunun aylık payıdır.`,
  };
  return { program: 'ITKFDP-II', province, line, months: series(days, referenceMonths, 'reference', line) };
}

export function getSeries(call: SignedInCall, request: ChannelRequest<'sgk:get-series'>): Series {
  const application = getApplication(call.app.db, request.applicationId);
  if (application === undefined) throw notFound('Başvuru');
  const { program } = application;
  return program === 'ITKFDP-II' ? itkfdpSeries(call.app.db, application) : ikdpSeries(call.app.db, { ...application, program });
}
