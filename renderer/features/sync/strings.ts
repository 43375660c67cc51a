export const SYNC_STRINGS = {
  title: 'Eşitleme',
  subtitle: 'Merkeze gönderilmeyi bekleyen değişiklikler. Her kayıt değişikliği denetim kaydıyla birlikte gönderim kuyruğuna yazılır.',
  pending: 'Kuyrukta bekleyen değişiklik',
  none: 'Gönderilmeyi bekleyen değişiklik yok.',
  some: (count: number) => `${count.toLocaleString('tr-TR')} değişiklik merkeze gönderilmeyi bekliyor.`,
  refresh: 'Yenile',
  checkedLabel: 'Son bakış',
  conflictsTitle: 'Bilgisayarlar arası çakışmalar',
  conflictsLink: (open: number) =>
    open === 0 ? 'Eşitleme çakışmalarını gör' : `Eşitleme çakışmalarını çöz (${open.toLocaleString('tr-TR')} açık)`,
  notYet:
    'Merkeze gönderim (eşitleme servisi) bu sürümde yok: kuyruk yalnızca sayılır; son başarılı gönderim ve hatalar eşitleme geldiğinde burada görünecek.',
} as const;
