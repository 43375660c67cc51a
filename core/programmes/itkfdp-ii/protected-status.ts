import { formatDateTr, type IsoDate } from '../../lib/calendar-date';
import type { Citizenship, CommittedPerson } from '../../inputs/itkfdp-input';
import type { ItkfdpArticles } from './edition';

/** How the commitment counts a person's citizenship, and, when the GKAS/UKSK status check did not confirm it, why. */
export type CountedCitizenship = { readonly citizenship: Citizenship; readonly note: string | null };

/**
 * MADDE 14(22): the GKAS/UKSK status of a person declared so is checked once, for the first payment period in which
 * the person is paid; later periods do not re-check it. MADDE 14(23): when the check does not confirm it, documents
 * must prove the status — (a) for a person hired before the call's announcement date: "ilan tarihi veya sonrasında"
 * (on that date or any later day, so any proof date will do); (b) for a person hired on or after it: on the hiring
 * date. Otherwise the person counts as `OTHER` from that first period on (spec/domain-rules.md). The person holds no
 * slot before that first period, so the status is a property of the person.
 */
export function countedCitizenship(person: CommittedPerson, announcedOn: IsoDate, articles: ItkfdpArticles): CountedCitizenship {
  const status = person.protectedStatus;
  if ((person.citizenship !== 'GKAS' && person.citizenship !== 'UKSK') || status === undefined || status.confirmed) {
    return { citizenship: person.citizenship, note: null };
  }
  const declared = person.citizenship;
  const hired = formatDateTr(person.hiredOn);
  const announced = formatDateTr(announcedOn);
  const head = `${person.id} için ${declared} statüsü ilk ödeme dönemindeki kontrolde doğrulanmadı`;
  const provenFrom = status.provenFrom ?? null;
  if (person.hiredOn < announcedOn) {
    const accepted = provenFrom !== null;
    return {
      citizenship: accepted ? declared : 'OTHER',
      note: accepted
        ? `${head}; işe giriş ${hired} ilan tarihi ${announced} öncesinde, belgeler ${formatDateTr(provenFrom)} tarihinden itibaren ${declared} olduğunu ispatlıyor (ilan tarihi veya sonrası): ${declared} kabul edilir (${articles.protectedStatusProvenBeforeCall}).`
        : `${head}; işe giriş ${hired} ilan tarihi ${announced} öncesinde ve ilan tarihi veya sonrasında ${declared} olduğu belgeyle ispatlanmadı: ${declared} kabul edilmez, diğer uyruk sayılır (${articles.protectedStatusUnprovenBeforeCall}).`,
    };
  }
  const accepted = provenFrom !== null && provenFrom <= person.hiredOn;
  return {
    citizenship: accepted ? declared : 'OTHER',
    note: accepted
      ? `${head}; belgeler ${formatDateTr(provenFrom)} tarihinden itibaren ${declared} olduğunu, dolayısıyla işe giriş tarihi ${hired} itibarıyla ${declared} olduğunu ispatlıyor: ${declared} kabul edilir (${articles.protectedStatusProvenOnHiring}).`
      : `${head}; işe giriş tarihi ${hired} (ilan tarihi ${announced} veya sonrası) itibarıyla ${declared} olduğu belgeyle ispatlanmadı${provenFrom === null ? '' : ` (belgeler ${formatDateTr(provenFrom)} tarihinden itibaren)`}: ${declared} kabul edilmez, diğer uyruk sayılır (${articles.protectedStatusUnprovenOnHiring}).`,
  };
}
