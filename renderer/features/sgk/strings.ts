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
