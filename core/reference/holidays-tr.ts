import type { IsoDate } from '../lib/calendar-date';

/**
 * Official holidays (resmî tatil) of Türkiye, as reference data.
 *
 * Headquarters can replace this table with a newer signed version (ROADMAP
 * "Sync with headquarters"), so it is plain serialisable data: no functions,
 * no Dates, no classes. spec/domain-rules.md "Holidays": a dated table of the
 * national days and both bayrams with their arife, covering at least 2024–2027.
 */
export type HolidayEntry = {
  readonly date: IsoDate;
  /**
   * `full`: the whole day is a holiday. `half`: the holiday starts at 13:00
   * (arife of a bayram, 28 Ekim); the day still counts as a working day for
   * time limits (spec/domain-rules.md "Time limits").
   */
  readonly kind: 'full' | 'half';
  /** Turkish, shown to people: `Ramazan Bayramı 1. gün`. */
  readonly name: string;
};

export type HolidayTable = {
  /** First day the table is complete for; a time limit ending outside the range cannot be computed. */
  readonly coversFrom: IsoDate;
  /** Last day the table is complete for. */
  readonly coversTo: IsoDate;
  /** Where the dates come from, in Turkish. */
  readonly source: string;
  /** One entry per date, in date order; a day that is two holidays at once is one entry naming both. */
  readonly entries: readonly HolidayEntry[];
};

/**
 * 2429 sayılı Ulusal Bayram ve Genel Tatiller Hakkında Kanun:
 * - MADDE 1: "Bayram 28 Ekim günü saat 13.00'ten itibaren başlar ve 29 Ekim günü devam eder."
 * - MADDE 2: 23 Nisan, 19 Mayıs, 30 Ağustos; "Ramazan Bayramı; Arefe günü saat
 *   13.00'ten itibaren 3,5 gündür." "Kurban Bayramı; Arefe günü saat 13.00'ten
 *   itibaren 4,5 gündür." 1 Ocak, 1 Mayıs, 15 Temmuz (6752 sayılı Kanunla).
 *
 * Bayram dates (the lead's list, checked on 2026-11-22 with the project's search tool):
 * - Ramazan 2024 (10–12 Nisan) and Kurban 2024 (16–19 Haziran): news reports
 *   of the 2024 idari izin decisions (milliyet.com.tr, onhaber.net) and the
 *   Cumhurbaşkanlığı İdari İşler Başkanlığı letter quoted there ("Kurban
 *   Bayramı 15 Haziran 2024 Cumartesi günü saat 13.00'te başlayıp 19 Haziran
 *   2024 Çarşamba günü sona erecektir").
 * - Ramazan 2025 (30 Mart–1 Nisan, arife 29 Mart) and Kurban 2025 (6–9 Haziran,
 *   arife 5 Haziran): hurriyet.com.tr, izmirnews.tr and the İletişim Başkanı's
 *   statement of 2025 quoted by several outlets.
 * - Ramazan 2026 (20–22 Mart, arife 19 Mart) and Kurban 2026 (27–30 Mayıs,
 *   arife 26 Mayıs): Diyanet's 2026 dini günler takvimi as reported by
 *   ekonomist.com.tr, dunya.com, yenisafak.com, ntv.com.tr.
 * - Ramazan 2027 (9 Mart) and Kurban 2027 (16 Mayıs): only from the Ruby
 *   `holidays` gem, whose Turkish table cites Diyanet's
 *   vakithesaplama.diyanet.gov.tr/resmitatiller.php for 2021–2030; no Turkish
 *   news or Diyanet page for 2027 was found. Re-confirm when Diyanet
 *   publishes its 2027 takvim. Kurban Bayramı 4. gün 2027 falls on 19 Mayıs,
 *   so that date is one entry naming both holidays.
 * The fixed national days follow from the Kanun and need no confirmation.
 */
export const TURKISH_OFFICIAL_HOLIDAYS: HolidayTable = {
  coversFrom: '2024-01-01',
  coversTo: '2027-12-31',
  source:
    "2429 sayılı Ulusal Bayram ve Genel Tatiller Hakkında Kanun; dini bayram tarihleri Diyanet İşleri Başkanlığı takviminden (2027 tarihleri Diyanet'in 2027 takvimiyle yeniden teyit edilmeli).",
  entries: [
    // 2024
    { date: '2024-01-01', kind: 'full', name: 'Yılbaşı' },
    { date: '2024-04-09', kind: 'half', name: 'Ramazan Bayramı arifesi (yarım gün)' },
    { date: '2024-04-10', kind: 'full', name: 'Ramazan Bayramı 1. gün' },
    { date: '2024-04-11', kind: 'full', name: 'Ramazan Bayramı 2. gün' },
    { date: '2024-04-12', kind: 'full', name: 'Ramazan Bayramı 3. gün' },
    { date: '2024-04-23', kind: 'full', name: 'Ulusal Egemenlik ve Çocuk Bayramı' },
    { date: '2024-05-01', kind: 'full', name: 'Emek ve Dayanışma Günü' },
    { date: '2024-05-19', kind: 'full', name: "Atatürk'ü Anma, Gençlik ve Spor Bayramı" },
    { date: '2024-06-15', kind: 'half', name: 'Kurban Bayramı arifesi (yarım gün)' },
    { date: '2024-06-16', kind: 'full', name: 'Kurban Bayramı 1. gün' },
    { date: '2024-06-17', kind: 'full', name: 'Kurban Bayramı 2. gün' },
    { date: '2024-06-18', kind: 'full', name: 'Kurban Bayramı 3. gün' },
    { date: '2024-06-19', kind: 'full', name: 'Kurban Bayramı 4. gün' },
    { date: '2024-07-15', kind: 'full', name: 'Demokrasi ve Millî Birlik Günü' },
    { date: '2024-08-30', kind: 'full', name: 'Zafer Bayramı' },
    { date: '2024-10-28', kind: 'half', name: 'Cumhuriyet Bayramı arifesi (yarım gün)' },
    { date: '2024-10-29', kind: 'full', name: 'Cumhuriyet Bayramı' },

    // 2025
    { date: '2025-01-01', kind: 'full', name: 'Yılbaşı' },
    { date: '2025-03-29', kind: 'half', name: 'Ramazan Bayramı arifesi (yarım gün)' },
    { date: '2025-03-30', kind: 'full', name: 'Ramazan Bayramı 1. gün' },
    { date: '2025-03-31', kind: 'full', name: 'Ramazan Bayramı 2. gün' },
    { date: '2025-04-01', kind: 'full', name: 'Ramazan Bayramı 3. gün' },
    { date: '2025-04-23', kind: 'full', name: 'Ulusal Egemenlik ve Çocuk Bayramı' },
    { date: '2025-05-01', kind: 'full', name: 'Emek ve Dayanışma Günü' },
    { date: '2025-05-19', kind: 'full', name: "Atatürk'ü Anma, Gençlik ve Spor Bayramı" },
    { date: '2025-06-05', kind: 'half', name: 'Kurban Bayramı arifesi (yarım gün)' },
    { date: '2025-06-06', kind: 'full', name: 'Kurban Bayramı 1. gün' },
    { date: '2025-06-07', kind: 'full', name: 'Kurban Bayramı 2. gün' },
    { date: '2025-06-08', kind: 'full', name: 'Kurban Bayramı 3. gün' },
    { date: '2025-06-09', kind: 'full', name: 'Kurban Bayramı 4. gün' },
    { date: '2025-07-15', kind: 'full', name: 'Demokrasi ve Millî Birlik Günü' },
    { date: '2025-08-30', kind: 'full', name: 'Zafer Bayramı' },
    { date: '2025-10-28', kind: 'half', name: 'Cumhuriyet Bayramı arifesi (yarım gün)' },
    { date: '2025-10-29', kind: 'full', name: 'Cumhuriyet Bayramı' },

    // 2026
    { date: '2026-01-01', kind: 'full', name: 'Yılbaşı' },
    { date: '2026-03-19', kind: 'half', name: 'Ramazan Bayramı arifesi (yarım gün)' },
    { date: '2026-03-20', kind: 'full', name: 'Ramazan Bayramı 1. gün' },
    { date: '2026-03-21', kind: 'full', name: 'Ramazan Bayramı 2. gün' },
    { date: '2026-03-22', kind: 'full', name: 'Ramazan Bayramı 3. gün' },
    { date: '2026-04-23', kind: 'full', name: 'Ulusal Egemenlik ve Çocuk Bayramı' },
    { date: '2026-05-01', kind: 'full', name: 'Emek ve Dayanışma Günü' },
    { date: '2026-05-19', kind: 'full', name: "Atatürk'ü Anma, Gençlik ve Spor Bayramı" },
    { date: '2026-05-26', kind: 'half', name: 'Kurban Bayramı arifesi (yarım gün)' },
    { date: '2026-05-27', kind: 'full', name: 'Kurban Bayramı 1. gün' },
    { date: '2026-05-28', kind: 'full', name: 'Kurban Bayramı 2. gün' },
    { date: '2026-05-29', kind: 'full', name: 'Kurban Bayramı 3. gün' },
    { date: '2026-05-30', kind: 'full', name: 'Kurban Bayramı 4. gün' },
    { date: '2026-07-15', kind: 'full', name: 'Demokrasi ve Millî Birlik Günü' },
    { date: '2026-08-30', kind: 'full', name: 'Zafer Bayramı' },
    { date: '2026-10-28', kind: 'half', name: 'Cumhuriyet Bayramı arifesi (yarım gün)' },
    { date: '2026-10-29', kind: 'full', name: 'Cumhuriyet Bayramı' },

    // 2027
    { date: '2027-01-01', kind: 'full', name: 'Yılbaşı' },
    { date: '2027-03-08', kind: 'half', name: 'Ramazan Bayramı arifesi (yarım gün)' },
    { date: '2027-03-09', kind: 'full', name: 'Ramazan Bayramı 1. gün' },
    { date: '2027-03-10', kind: 'full', name: 'Ramazan Bayramı 2. gün' },
    { date: '2027-03-11', kind: 'full', name: 'Ramazan Bayramı 3. gün' },
    { date: '2027-04-23', kind: 'full', name: 'Ulusal Egemenlik ve Çocuk Bayramı' },
    { date: '2027-05-01', kind: 'full', name: 'Emek ve Dayanışma Günü' },
    { date: '2027-05-15', kind: 'half', name: 'Kurban Bayramı arifesi (yarım gün)' },
    { date: '2027-05-16', kind: 'full', name: 'Kurban Bayramı 1. gün' },
    { date: '2027-05-17', kind: 'full', name: 'Kurban Bayramı 2. gün' },
    { date: '2027-05-18', kind: 'full', name: 'Kurban Bayramı 3. gün' },
    { date: '2027-05-19', kind: 'full', name: "Kurban Bayramı 4. gün / Atatürk'ü Anma, Gençlik ve Spor Bayramı" },
    { date: '2027-07-15', kind: 'full', name: 'Demokrasi ve Millî Birlik Günü' },
    { date: '2027-08-30', kind: 'full', name: 'Zafer Bayramı' },
    { date: '2027-10-28', kind: 'half', name: 'Cumhuriyet Bayramı arifesi (yarım gün)' },
    { date: '2027-10-29', kind: 'full', name: 'Cumhuriyet Bayramı' },
  ],
};

/**
 * Administrative leave (idari izin) granted to public servants by the
 * President. These days are NOT holidays: time limits do not move for them
 * (spec/domain-rules.md "Time limits"), they are only shown to users as a
 * warning. Same shape as the holiday table so headquarters can ship both the
 * same way; here `coversFrom`–`coversTo` is the period whose decisions were
 * looked for, not a guarantee that no other day was granted.
 */
export type IdariIzinTable = HolidayTable;

/**
 * Confirmed on 2026-11-22 with the project's search tool, from news reports
 * quoting the decisions:
 * - 2024 Ramazan: "Kamu çalışanlarımızın 10 Nisan 2024 tarihinde başlayacak
 *   Ramazan Bayramı öncesindeki 1,5 günlük sürede idari izinli sayılacakları"
 *   (Cumhurbaşkanı, March 2024; milliyet.com.tr, memur5.com, boludagundem.com):
 *   8 Nisan whole day, 9 Nisan morning (the afternoon is the arife holiday).
 * - 2024 Kurban: "kamu kurum ve kuruluşlarındaki tüm çalışanların 20-21 Haziran
 *   2024 tarihlerinde idari izinli sayılmaları" (Cumhurbaşkanlığı İdari İşler
 *   Başkanlığı letter quoted by milliyet.com.tr, istiklal.com.tr).
 * - 2025 Ramazan: 2, 3 and 4 Nisan 2025 (hurriyet.com.tr; karar.com gives the
 *   same dates with wrong weekday names).
 * - 2025 Kurban: the 2025 statement granted only the arife afternoon and the
 *   bayram days themselves, which are already holidays; nothing to add.
 * - 2026: no decision found in the stored sources (the latest reports, of
 *   March 2026, still awaited one for Ramazan; none for Kurban), so 2026 is
 *   not covered yet and must be added by headquarters.
 */
export const IDARI_IZIN_DAYS: IdariIzinTable = {
  coversFrom: '2024-01-01',
  coversTo: '2025-12-31',
  source:
    'Cumhurbaşkanlığı idari izin kararları (bayram öncesi/sonrası); basında yer alan karar metinlerinden derlendi. 2026 kararları henüz eklenmedi.',
  entries: [
    { date: '2024-04-08', kind: 'full', name: 'Ramazan Bayramı öncesi idari izin' },
    { date: '2024-04-09', kind: 'half', name: 'Ramazan Bayramı arifesi, sabah yarım gün idari izin' },
    { date: '2024-06-20', kind: 'full', name: 'Kurban Bayramı sonrası idari izin' },
    { date: '2024-06-21', kind: 'full', name: 'Kurban Bayramı sonrası idari izin' },
    { date: '2025-04-02', kind: 'full', name: 'Ramazan Bayramı sonrası idari izin' },
    { date: '2025-04-03', kind: 'full', name: 'Ramazan Bayramı sonrası idari izin' },
    { date: '2025-04-04', kind: 'full', name: 'Ramazan Bayramı sonrası idari izin' },
  ],
};
