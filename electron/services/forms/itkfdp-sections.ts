import { formatDateTr } from '../../../core/lib/calendar-date';
import { formatEur } from '../../../core/lib/money';
import type { ItkfdpEvaluation } from '../../../core/programmes/itkfdp-ii/evaluate-periods';
import { listCommittedPersonnel } from '../../../db/repositories/committed-personnel';
import type { FormSection } from '../../pdf/form-model';
import type { CaseFile } from './form-context';
import { maskTckn } from './form-labels';

/** Sections the ITKFDP-II forms share: the committed personnel and the support periods with their decisions. */

export function personnelTable(file: CaseFile): FormSection {
  const personnel = listCommittedPersonnel(file.db, file.application.id);
  const keyById = new Map(personnel.map((person) => [person.id, `${person.firstName} ${person.lastName}`]));
  return {
    kind: 'table',
    title: 'İstihdam Taahhüdüne Konu Personel',
    columns: [
      { header: 'Adı Soyadı', width: 130 },
      { header: 'T.C. kimlik no', width: 80 },
      { header: 'Cinsiyet', width: 50 },
      { header: 'İşe giriş', width: 60 },
      { header: 'Ayrılış', width: 60 },
      { header: 'Yerine geçtiği', width: 120 },
    ],
    rows: personnel.map((person) => [
      `${person.firstName} ${person.lastName}`,
      maskTckn(person.tckn),
      person.gender === 'F' ? 'Kadın' : 'Erkek',
      formatDateTr(person.hiredOn),
      person.leftOn === null ? '—' : formatDateTr(person.leftOn),
      person.replacesId === null ? '—' : (keyById.get(person.replacesId) ?? '—'),
    ]),
  };
}

export function scheduleTable(evaluation: ItkfdpEvaluation): FormSection {
  const byIndex = new Map(evaluation.periods.map((period) => [period.index, period]));
  return {
    kind: 'table',
    title: `Ödeme Dönemleri (destek ${formatDateTr(evaluation.supportStart)} – ${formatDateTr(evaluation.supportEnd)})`,
    columns: [
      { header: 'Dönem', width: 40 },
      { header: 'Başlangıç – bitiş', width: 130 },
      { header: 'Talep tarihi', width: 70 },
      { header: 'Karar', width: 80 },
      { header: 'Tutar', width: 70 },
    ],
    rows: evaluation.schedule.map((period) => {
      const decision = byIndex.get(period.index);
      return [
        `${period.index}.`,
        `${formatDateTr(period.start)} – ${formatDateTr(period.end)}`,
        decision === undefined ? '—' : formatDateTr(decision.submittedOn),
        decision === undefined
          ? 'Talep yok'
          : decision.approved
            ? 'Uygun'
            : decision.missingData.length > 0 && decision.failed.length === 0
              ? 'Veri eksik'
              : 'Uygun değil',
        decision === undefined ? '—' : formatEur(decision.amountEUR),
      ];
    }),
  };
}
