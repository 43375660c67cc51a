export const SYNC_STRINGS = {
  title: 'Eşitleme',
  subtitle:
    'Bu bilgisayardaki değişikliklerin merkeze gönderimi. Her kayıt değişikliği denetim kaydıyla birlikte gönderim kuyruğuna yazılır; bağlantı yokken kuyrukta güvenle bekler.',
  refresh: 'Yenile',
  runNow: 'Şimdi eşitle',
  runFailed: 'Eşitleme başlatılamadı',
  queueTitle: 'Gönderim kuyruğu',
  pending: 'Kuyrukta bekleyen değişiklik',
  conflicts: 'Merkezin çakışma saydığı',
  blocked: 'Gönderilemeyen (belge dosyası)',
  lastSuccess: 'Son başarılı eşitleme',
  lastAttempt: 'Son deneme',
  hqUrl: 'Merkez adresi',
  checkedLabel: 'Son bakış',
  never: 'Henüz yok',
  roundInProgress: 'Eşitleme şu anda sürüyor…',
  lastError: (at: string, failures: number, message: string) =>
    `Son hata (${at}${failures > 1 ? `, üst üste ${failures.toLocaleString('tr-TR')}. deneme` : ''}): ${message}`,
  notConnected:
    'Bu bilgisayar bir merkeze bağlı değil: değişiklikler kuyrukta bekliyor. Yönetici uygulamayı merkez adresi (KOBI_DOSYA_HQ_URL) ve şube anahtarıyla başlattığında kendiliğinden gönderilir; ayrıntı README\'nin "Merkeze eşitleme" bölümünde.',
  connected: (url: string) =>
    `Bu bilgisayar ${url} merkezine her 30 saniyede bir eşitlenir; bağlantı kesilirse artan aralıklarla yeniden dener.`,
  refusedTitle: 'Bir kişinin karar vermesi gereken değişiklikler',
  refusedLabel: 'Merkezin reddettiği ya da gönderilemeyen değişiklikler',
  columnRecord: 'Kayıt',
  columnKind: 'Durum',
  columnReason: 'Neden',
  columnAt: 'Ne zaman',
  kindConflict: 'Çakışma',
  kindBlocked: 'Gönderilemiyor',
  conflictsTitle: 'Bilgisayarlar arası çakışmalar',
  conflictsLink: (open: number) =>
    open === 0 ? 'Eşitleme çakışmalarını gör' : `Eşitleme çakışmalarını çöz (${open.toLocaleString('tr-TR')} açık)`,
} as const;
