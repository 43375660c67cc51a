import type { SignatureProblem } from './feed-signature';

/** The Turkish texts of the reference feed client (what the report, the status and the CLI show). */
const SIGNATURE_TEXT: Readonly<Record<SignatureProblem, string>> = {
  unsigned: 'imzasız geldi',
  'unknown-key': 'tanınmayan bir anahtarla imzalanmış (anahtar sabitlenmemiş ya da emekliye ayrılmış)',
  'bad-signature': 'imzası içerikle uyuşmuyor (yolda değiştirilmiş ya da bozulmuş olabilir)',
};

export const FEED_TEXT = {
  signature: (kind: string, sequence: number, problem: SignatureProblem, retry: boolean) =>
    `Merkez yayını (${kind}, sıra ${sequence}) ${SIGNATURE_TEXT[problem]}; veritabanına yazılmadı. ${
      retry ? 'Yeniden istenecek.' : 'Birkaç denemede de doğrulanamadığı için atlandı; merkezin yeniden yayımlaması gerekir.'
    }`,
  replayed: (kind: string, sequence: number, lastSequence: number) =>
    `Merkez yayını (${kind}, sıra ${sequence}) yeniden gönderilmiş eski bir kayıt: bu kimlik daha önce uygulandı ya da sıra numarası son uygulanan ${lastSequence} numaradan büyük değil. Uygulanmadı.`,
  unsupported: (kind: string) =>
    `Merkez yayını türü "${kind}" bu sürümde uygulanamıyor; kayıt bildirildi, uygulamanın güncellenmesi gerekir.`,
  invalidPayload: (kind: string, detail: string) => `Merkez yayını (${kind}) içeriği şemaya uymuyor (${detail}); uygulanmadı.`,
  refused: (kind: string, detail: string) => `Merkez yayını (${kind}) uygulanamadı: ${detail}`,
  badKey: 'Duyurulan yeni anahtar Ed25519 değil ya da kimliği anahtarla uyuşmuyor.',
  needsConfirmation: (kind: string, table: string, removing: number, total: number, percent: string, limit: string) =>
    `Merkez yayını (${kind}) ${table} tablosundaki ${total} kaydın ${removing} tanesini (%${percent}) silecek; sınır %${limit}. Eşitleme durdu: bir yöneticinin onaylaması gerekir.`,
  notYonetici: (username: string) => `"${username}" etkin bir yönetici değil; toplu silmeyi yalnızca yönetici onaylayabilir.`,
  notServed: (protocol: string) =>
    `Merkez protokolün ${protocol} sürümünü konuşuyor; imzalı başvuru yayını 1.1 ile geldi. Yayın alınmadı; merkezin güncellenmesi gerekir.`,
  unknownUser: (username: string) => `"${username}" adlı kullanıcı yok.`,
} as const;
