export const WORKFLOW_STRINGS = {
  nextSteps: 'Sıradaki adımlar',
  noNextSteps: 'Bu kayıtta sizin yapabileceğiniz bir adım yok.',
  waitingFor: (roles: string) => `Sıradaki adım ${roles} rolünde.`,
  noteLabel: 'Gerekçe / not',
  noteRequired: 'İade ve ret için gerekçe yazın.',
  noteHint: 'Dosyanın geçmişinde adımla birlikte saklanır.',
  dialogTitle: (label: string) => `Adım: ${label}`,
  confirm: 'Kaydet',
  cancel: 'Vazgeç',
  done: (label: string) => `Kayıt “${label}” durumuna geçti.`,
  facts: {
    taxLiabilityActive: 'İşletmenin vergi mükellefiyeti devam ediyor',
    taxOrSgkDebt: 'Vadesi geçmiş vergi veya SGK borcu var',
    creditUsedOn: 'Aktif kredi kullanım tarihi',
    on: 'Tarih',
  },
  factsIntro: 'Bu adımda kaydedilecek bilgiler (bugünkü durum):',
} as const;

/** Steps that send a record back or refuse it carry their reason. */
export function needsReason(to: string): boolean {
  return to === 'reddedildi' || to === 'duzeltmede' || to === 'degerlendirmede' || to === 'incelemede';
}
