import type { ContractErrorCode } from '../../electron/contract';

/**
 * The one place that turns the contract's error codes into Turkish guidance: the service's own message says what
 * went wrong; this says what to do next.
 */
const GUIDANCE: Readonly<Record<ContractErrorCode, string>> = {
  unauthorized: 'Oturumunuz kapanmış. Yeniden giriş yapın.',
  forbidden: 'Bu işlem rolünüze açık değil. Gerekirse müdürünüzden ya da yöneticiden isteyin.',
  'invalid-input': 'Girilen bilgilerde düzeltilmesi gereken alanlar var. İşaretli alanları düzeltip yeniden kaydedin.',
  'not-found': 'Kayıt bulunamadı; silinmiş ya da numarası yanlış olabilir. Listeye dönüp yeniden açın.',
  conflict: 'Kayıt bu arada değişmiş ya da bu adım şu an yapılamaz. Sayfayı yenileyip kaydın durumuna yeniden bakın.',
  'four-eyes': 'Hazırladığınız ya da onaya gönderdiğiniz kaydı siz onaylayamazsınız; onayı başka bir müdüre bırakın.',
  busy: 'Uygulama şu an meşgul ya da ulaşılamıyor. Birkaç saniye sonra yeniden deneyin.',
  locked: 'Oturum uzun süre işlem yapılmadığı için kilitlendi. Parolanızla kilidi açın.',
  internal: 'Beklenmeyen bir hata oluştu; girdiğiniz bilgiler kaydedilmedi. Yeniden deneyin, sürerse yöneticiye bildirin.',
};

export function errorGuidance(code: ContractErrorCode): string {
  return GUIDANCE[code];
}

export const ERROR_TITLES: Readonly<Record<ContractErrorCode, string>> = {
  unauthorized: 'Oturum gerekli',
  forbidden: 'Yetki yok',
  'invalid-input': 'Eksik ya da hatalı bilgi',
  'not-found': 'Bulunamadı',
  conflict: 'Yapılamadı',
  'four-eyes': 'Dört göz ilkesi',
  busy: 'Meşgul',
  locked: 'Oturum kilitli',
  internal: 'Beklenmeyen hata',
};
