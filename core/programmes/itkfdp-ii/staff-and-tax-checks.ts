import { formatDateTr, formatMonthTr } from '../../lib/calendar-date';
import { check, type CheckResult } from '../../lib/checks';
import type { ItkfdpPaymentRequest, OtherProgrammeSupport } from '../../inputs/itkfdp-input';
import type { PeriodStaff } from './commitments';
import type { PaymentPeriod } from './support-periods';

const OTHER_PROGRAMME_NAMES: Readonly<Record<OtherProgrammeSupport['program'], string>> = {
  'ITKFDP-I': 'İstihdam Taahhütlü KOBİ Finansman Destek Programı',
  'FRIT-II-ITKDP': 'FRIT II-İstihdam Taahhütlü KOBİ Destek Programı',
};

/**
 * MADDE 9(12): "…bu destek programı kapsamında istihdam taahhüdüne konu personelin beyan edildiği ödeme dönemindeki
 * herhangi bir ayın, bahse konu destek programlarının destek süresi içerisinde yer almaması gerekir." Judged on the
 * persons who hold a commitment slot in the period (spec/domain-rules.md, ITKFDP-II periods).
 */
export function otherProgrammeStaffCheck(staff: PeriodStaff, period: PaymentPeriod, article: string): CheckResult {
  const code = 'other-programme-staff';
  const overlaps: string[] = [];
  let declared = false;
  for (const slot of staff.slots) {
    for (const person of slot.holders) {
      const supports = person.otherProgrammeSupport;
      if (supports === undefined || supports.length === 0) continue;
      declared = true;
      for (const support of supports) {
        const months = period.months.filter((month) => month >= support.from && month <= support.to);
        if (months.length === 0) continue;
        overlaps.push(
          `${person.id} ${OTHER_PROGRAMME_NAMES[support.program]} kapsamında da taahhüt personeli; o programın destek süresi ` +
            `(${formatMonthTr(support.from)} – ${formatMonthTr(support.to)}) bu dönemin ${months.map(formatMonthTr).join(', ')} ay${months.length > 1 ? 'larını' : 'ını'} kapsıyor`,
        );
      }
    }
  }
  const range = `${period.index}. dönem (${formatMonthTr(period.months[0] ?? '')} – ${formatMonthTr(period.months[period.months.length - 1] ?? '')})`;
  if (overlaps.length > 0) {
    return check(code, article, 'fail', `${range}: ${overlaps.join('; ')}; bu personel bu dönem için beyan edilemez.`);
  }
  return check(
    code,
    article,
    'pass',
    declared
      ? `${range}: taahhüt personelinin başka istihdam taahhütlü programlardaki destek süreleri bu dönemin hiçbir ayını kapsamıyor.`
      : `${range}: taahhüt personelinin başka bir istihdam taahhütlü programda taahhüdü beyan edilmemiş.`,
  );
}

/**
 * MADDE 14(11)(a): "Formun onaya sunulduğu tarihte işletmenin Gelir İdaresi Başkanlığı kayıtlarına göre vergi
 * mükellefiyetinin devam etmesi … esastır." Absent means the liability runs (spec/scenario-format.md).
 */
export function taxLiabilityCheck(request: ItkfdpPaymentRequest, article: string): CheckResult {
  const on = formatDateTr(request.submittedOn);
  if (request.taxLiabilityActive === false) {
    return check(
      'tax-liability',
      article,
      'fail',
      `Gelir İdaresi Başkanlığı kayıtlarına göre işletmenin vergi mükellefiyeti sona ermiş (talep ${on}); destek ödeme uygunluk formu onaya sunulamaz.`,
    );
  }
  return check(
    'tax-liability',
    article,
    'pass',
    request.taxLiabilityActive === true
      ? `Gelir İdaresi Başkanlığı kayıtlarına göre vergi mükellefiyeti devam ediyor (talep ${on}).`
      : `Vergi mükellefiyetinin sona erdiğine ilişkin kayıt yok; devam ettiği kabul edilir (talep ${on}).`,
  );
}
