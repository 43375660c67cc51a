/**
 * The workflow states of every record kind, as ASCII snake_case codes with
 * their Turkish labels (app-conventions.md): one catalogue for the services,
 * the renderer and the README. The transitions themselves are data in
 * electron/services/workflows/transitions.ts.
 */
export const WORKFLOW_STATES = {
  ikdp_application: {
    taslak: 'Taslak',
    degerlendirmede: 'Değerlendirmede',
    mudur_onayinda: 'Müdür onayında',
    onaylandi: 'Onaylandı',
    reddedildi: 'Reddedildi',
    sonlandirildi: 'Sonlandırıldı',
    tamamlandi: 'Tamamlandı',
  },
  itkfdp_application: {
    banka_onayli: 'Banka onaylı',
    kontrolde: 'Kontrolde',
    duzeltmede: 'Düzeltmede',
    onaylandi: 'Onaylandı',
    reddedildi: 'Reddedildi',
    kredi_kullandirildi: 'Kredi kullandırıldı',
    destek_suresinde: 'Destek süresinde',
    tamamlandi: 'Tamamlandı',
    sonlandirildi: 'Sonlandırıldı',
  },
  payment_request: {
    alindi: 'Alındı',
    incelemede: 'İncelemede',
    uygun: 'Uygun',
    reddedildi: 'Reddedildi',
    uygunluk_formu_hazirlandi: 'Uygunluk formu hazırlandı',
    mudur_onayladi: 'Müdür onayladı',
    merkeze_gonderildi: 'Merkeze gönderildi',
  },
  monitoring_visit: {
    atandi: 'Atandı',
    ziyaret_edildi: 'Ziyaret edildi',
    rapor_imzalandi: 'Rapor imzalandı',
    merkeze_gonderildi: 'Merkeze gönderildi',
  },
  finansman_application: {
    basvuru_alindi: 'Başvuru alındı',
    degerlendirmede: 'Değerlendirmede',
    mudur_onayinda: 'Müdür onayında',
    onaylandi: 'Onaylandı',
    reddedildi: 'Reddedildi',
    iptal_edildi: 'İptal edildi',
  },
} as const;

export type WorkflowKind = keyof typeof WORKFLOW_STATES;
export const WORKFLOW_KINDS = Object.keys(WORKFLOW_STATES) as readonly WorkflowKind[];
export type WorkflowState<K extends WorkflowKind> = keyof (typeof WORKFLOW_STATES)[K] & string;

export const WORKFLOW_KIND_LABELS: Readonly<Record<WorkflowKind, string>> = {
  ikdp_application: 'IKDP başvurusu',
  itkfdp_application: 'ITKFDP-II başvurusu',
  payment_request: 'Ödeme talebi',
  monitoring_visit: 'İzleme ziyareti',
  finansman_application: 'Finansman desteği başvurusu',
};

export function stateLabel(kind: WorkflowKind, state: string): string {
  const labels: Readonly<Record<string, string>> = WORKFLOW_STATES[kind];
  return labels[state] ?? state;
}
