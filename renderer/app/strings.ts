export const SHELL_STRINGS = {
  mainNavigation: 'Ana menü',
  skipToContent: 'İçeriğe geç',
  lock: 'Kilitle',
  logout: 'Çıkış',
  signedInAs: 'Oturum',
  notFoundTitle: 'Sayfa bulunamadı',
  notFoundBody: 'Bu adreste bir ekran yok. Soldaki menüden devam edin.',
  loadingScreen: 'Ekran yükleniyor…',
  tasksCount: (count: string, overdue: number) => (overdue > 0 ? `${count} iş, ${overdue} tanesi gecikmiş` : `${count} iş`),
} as const;
