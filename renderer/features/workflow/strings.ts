export const WORKFLOW_STRINGS = {
  nextSteps: 'Sıradaki adımlar',
  noNextSteps: 'Bu kayıtta sizin yapabileceğiniz bir adım yok.',
  noteLabel: 'Gerekçe / not',
  noteRequired: 'Bu adım için gerekçe yazın (iade, ret ve iptal gerekçesiyle saklanır).',
  noteHint: 'Dosyanın geçmişinde adımla birlikte saklanır.',
  dialogTitle: (label: string) => `Adım: ${label}`,
  confirm: 'Kaydet',
  cancel: 'Vazgeç',
  done: (label: string) => `Kayıt “${label}” durumuna geçti.`,
  facts: {
    taxLiabilityActive: 'İşletmenin vergi mükellefiyeti devam ediyor',
    taxOrSgkDebt: 'Vadesi geçmiş vergi veya SGK borcu var',
    creditUsedOn: 'Aktif kredi kullanım tarihi',
    on: 'Karar tarihi',
  },
  factsIntro: 'Bu adımda kaydedilecek bilgiler (bugünkü durum):',
  conditions: 'Bu adımın koşulları',
  guards: {
    'evaluation-stored': 'Kurallara göre yapılmış bir değerlendirme kayıtlı olmalı.',
    'evaluation-current': 'Kayıtlı değerlendirme bugünkü verilerle (kredi, ödeme tablosu, PEK, işletme) aynı sonucu vermeli.',
    reason: 'Adımın gerekçesi yazılmalı.',
    'four-eyes-evaluation': 'Dört göz ilkesi: değerlendirmeyi hazırlayan ya da onaya gönderen kişi onaylayamaz.',
    'evaluation-eligible': 'Son değerlendirme “uygun” olmalı.',
    'payment-decided': 'Talep için kuralların kararı kaydedilmiş olmalı.',
    'payment-approved': 'Kuralların kararı talebi uygun bulmalı.',
    'day-facts': 'Bugünkü vergi mükellefiyeti ile vergi/SGK borcu durumu kaydedilir (MADDE 14(11), 14(17)).',
    'four-eyes-form': 'Dört göz ilkesi: ödeme uygunluk formunu hazırlayan kişi onaylayamaz.',
    'no-debt': 'Vadesi geçmiş vergi veya SGK borcu varsa merkeze gönderilemez (MADDE 14(11), 14(17)).',
    'programme-running': 'Program sonlandırılmış olmamalı (MADDE 13(2)).',
    'credit-used-on': 'Aktif kredi kullanım tarihi girilmeli (MADDE 12(2)).',
    'visit-report': 'Yerinde izleme formu doldurulmuş olmalı.',
    'visit-signed': 'Form izleyici ve işletme temsilcisi tarafından imzalanmış olmalı.',
  } as Readonly<Record<string, string>>,
} as const;

/** The facts a step records, by the guard that needs them. */
export const FACTS_OF_GUARD: Readonly<Record<string, readonly ('taxLiabilityActive' | 'taxOrSgkDebt' | 'creditUsedOn' | 'on')[]>> = {
  'day-facts': ['taxLiabilityActive', 'taxOrSgkDebt'],
  'no-debt': ['taxOrSgkDebt'],
  'credit-used-on': ['creditUsedOn'],
  // An application's approval or refusal carries the day the müdür decided (the approval starts the 30 days of ITKFDP-II 12(2)).
  'four-eyes-evaluation': ['on'],
};

/** Steps that send a record back, refuse or cancel it carry their reason (the `reason` guard: the service refuses them without one). */
export function needsReason(from: string, step: { readonly to: string; readonly needs: readonly string[] }): boolean {
  return (
    step.needs.includes('reason') ||
    step.to === 'reddedildi' ||
    step.to === 'duzeltmede' ||
    (from === 'mudur_onayinda' && step.to === 'degerlendirmede')
  );
}

/** Steps that end a record without approving it are shown as dangerous. */
export function endsWithoutApproval(to: string): boolean {
  return to === 'reddedildi' || to === 'iptal_edildi';
}
