/** The Turkish texts of the sync client, in one place (what the status screen and the CLI show). */

const ENTITY_LABELS: Readonly<Record<string, string>> = {
  enterprises: 'işletme',
  enterprise_sites: 'işletme adresi',
  call_calendars: 'çağrı takvimi',
  applications: 'başvuru',
  loans: 'kredi',
  loan_installments: 'kredi taksiti',
  committed_personnel: 'taahhüt personeli',
  payment_requests: 'ödeme talebi',
  termination_events: 'sonlandırma olayı',
  clawbacks: 'geri tahsil',
  monitoring_visits: 'izleme ziyareti',
  documents: 'belge',
  attachments: 'ek dosya',
};

/** `başvuru 12`, `belge 3`: how a person recognises the row. */
export function entityLabel(entity: string, entityId: string): string {
  return `${ENTITY_LABELS[entity] ?? entity} ${entityId}`;
}

export const SYNC_TEXT = {
  network: (detail: string) => `Merkeze bağlanılamadı (${detail}); bağlantı gelince yeniden denenecek.`,
  tls: (detail: string) =>
    `Merkezin TLS sertifikası doğrulanamadı (${detail}); bağlantı kurulmadı. Adresi ve sertifikayı denetleyin (kurum sertifika yetkilisi için NODE_EXTRA_CA_CERTS).`,
  timeout: 'Merkez zamanında yanıt vermedi; yeniden denenecek.',
  truncated: 'Merkezin yanıtı yarıda kesildi ya da bozuk geldi; gönderilenler yeniden denenecek (merkez tekrarları bir kez sayar).',
  unavailable: (status: number) => `Merkez geçici olarak hizmet veremiyor (HTTP ${status}); yeniden denenecek.`,
  unauthorized: 'Merkez bu şubenin anahtarını tanımadı: anahtarı denetleyin (KOBI_DOSYA_HQ_TOKEN ortam değişkeni ya da --token-file).',
  forbidden: 'Merkez bu işleme izin vermedi.',
  unsupportedVersion: 'Merkez bu protokol sürümünü desteklemiyor; uygulamayı güncelleyin.',
  rejected: (status: number, message: string) => `Merkez isteği reddetti (HTTP ${status}): ${message}`,
  fileUpload: (label: string, message: string) => `${label} dosyası yüklenemedi: ${message}`,
  fileUnreadable: (path: string) => `Belge dosyası okunamadı (${path}); dosya yerine konunca yeniden gönderilir.`,
  fileChanged: (path: string) => `Belge dosyası kayıttaki özetle uyuşmuyor (${path}): dosya değiştirilmiş ya da bozulmuş.`,
  fileNotComplete: 'Merkez belge dosyasını henüz tam almadı; yeniden denenecek.',
  conflict: (label: string, message: string) =>
    `Çakışma — ${label}: ${message} Kayıt bu bilgisayarda duruyor; bir yöneticinin karar vermesi gerekir.`,
  hashMismatch: (label: string) => `${label}: merkez içeriğin özetini tutarsız buldu; kayıt gönderilmedi.`,
  noProgress: 'Merkez gönderilen kayıtların hiçbirini kabul etmedi; yeniden denenecek.',
} as const;
