export const WORKFLOW_STRINGS = {
  nextSteps: 'Sıradaki adımlar',
  noNextSteps: 'Bu kayıtta sizin yapabileceğiniz bir adım yok.',
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
    on: 'Karar tarihi',
  },
  factsIntro: 'Bu adımda kaydedilecek bilgiler (bugünkü durum):',
  conditions: 'Bu adımın koşulları',
  guards: {
    'evaluation-stored': 'Kurallara göre yapılmış bir değerlendirme kayıtlı olmalı.',
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

/** Steps that send a record back or refuse it carry their reason. */
export function needsReason(from: string, to: string): boolean {
  return to === 'reddedildi' || to === 'duzeltmede' || (from === 'mudur_onayinda' && to === 'degerlendirmede');
}
