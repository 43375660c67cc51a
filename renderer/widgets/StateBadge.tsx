/** A workflow state with its Turkish label; the tone groups states a reviewer scans for (done, waiting, refused). */
const TONES: Readonly<Record<string, 'ok' | 'wait' | 'bad' | 'neutral'>> = {
  onaylandi: 'ok',
  uygun: 'ok',
  mudur_onayladi: 'ok',
  merkeze_gonderildi: 'ok',
  tamamlandi: 'ok',
  kredi_kullandirildi: 'ok',
  destek_suresinde: 'ok',
  rapor_imzalandi: 'ok',
  reddedildi: 'bad',
  sonlandirildi: 'bad',
  duzeltmede: 'wait',
  mudur_onayinda: 'wait',
  degerlendirmede: 'wait',
  kontrolde: 'wait',
  incelemede: 'wait',
  uygunluk_formu_hazirlandi: 'wait',
  alindi: 'wait',
  atandi: 'wait',
};

export function StateBadge({ state, label }: { readonly state: string; readonly label: string }) {
  return <span className={`badge badge-${TONES[state] ?? 'neutral'}`}>{label}</span>;
}
