export const SGK_STRINGS = {
  title: 'SGK verisi',
  intro:
    'SGK hizmet listesini (CSV ya da XLSX) işletmenin aylık prim günlerine aktarın. Hepsi ya da hiçbiri: hatalı satır varsa hiçbir satır yazılmaz ve hatalar satır, sütun ve nedenle listelenir; aynı dosya ikinci kez aktarılmaz.',
  province: 'İl',
  provinceHint: 'Boş bırakılırsa başvuru ili kullanılır.',
  choose: 'Hizmet listesi dosyası seç…',
  chosen: (name: string) => `Seçilen dosya: ${name}`,
  importing: (name: string) => `${name} aktarılıyor…`,
  imported: 'SGK listesi aktarıldı',
  already: 'Bu dosya daha önce aktarılmış',
  reevaluateHint: 'Yeni prim günleriyle kararı görmek için “Başvuru ve değerlendirme” bölümünde yeniden değerlendirin.',
} as const;

export const SGK_CHART_STRINGS = {
  title: 'Aylık prim gün',
  loading: 'Prim gün grafiği yükleniyor…',
  provinceAll: 'Tüm illerdeki işyerlerinin toplamı (İstihdamı Koruma).',
  provinceOne: (province: string) => `Başvuru ili ${province} (ITKFDP-II MADDE 9(7)).`,
  noData: 'Bu dosyada henüz aylık prim gün verisi yok. Yukarıdan SGK hizmet listesini aktarın.',
  primDays: 'Prim gün',
  legendLine: (line: string) => `Çizgi: ${line}`,
  legendBase: (program: 'ikdp' | 'itkfdp') => (program === 'ikdp' ? 'Baz dönem ayı' : 'Referans ay'),
  legendKept: 'Çizgide ya da üstünde (istihdam korunmuş)',
  legendBelow: 'Çizginin altında (▼)',
  summary: (line: string, lineMonths: string, compared: number, below: readonly string[], missing: number) =>
    `Aylık prim gün grafiği, ${line}. ${lineMonths} sonraki ${compared} ayın ${below.length === 0 ? 'hiçbiri çizginin altında değil' : `${below.length} tanesi çizginin altında: ${below.join(', ')}`}${missing > 0 ? `; ${missing} ayda veri yok` : ''}.`,
  lineMonths: (program: 'ikdp' | 'itkfdp') => (program === 'ikdp' ? 'Baz dönemden' : 'Referans aylardan'),
  tableToggle: 'Aylık değerleri tablo olarak göster',
  tableLabel: 'Aylık prim gün ve çizgiye göre durum',
  columnMonth: 'Ay',
  columnDays: 'Prim gün',
  columnState: 'Durum',
  stateBase: (program: 'ikdp' | 'itkfdp') => (program === 'ikdp' ? 'Baz dönem' : 'Referans ay'),
  stateKept: 'Çizgide ya da üstünde',
  stateBelow: 'Çizginin altında',
  stateMissing: 'Veri yok',
  stateNoLine: 'Karşılaştırılamaz',
} as const;
