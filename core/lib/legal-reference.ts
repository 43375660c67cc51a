import type { IsoDate } from './calendar-date';

/**
 * Where a parameter or a definition comes from: the article, the act that set
 * or amended it, and the date from which it applies. Parameters are lists of
 * these values keyed by start date (compare OpenFisca), so a decision made
 * under an older value stays reproducible.
 */
export type LegalSource = {
  /** `MADDE 8(2)` */
  readonly article: string;
  /** `İstihdamı Koruma Destek Programı Uygulama Esasları`, `17/12/2025 tarihli ve 678891 sayılı Başkanlık Makamı OLUR'u`. */
  readonly act: string;
  /** A value from public announcements, not yet from the regulation's text; headquarters can correct it. */
  readonly provisional?: boolean;
  /** When this value was last checked against its source. */
  readonly lastConfirmed?: IsoDate;
};

export type DatedValue<T> = {
  readonly from: IsoDate;
  /** `null`: the value is not announced yet (a gap shown to the user, never a default). */
  readonly value: T | null;
  readonly source: LegalSource;
};

export type Parameter<T> = readonly DatedValue<T>[];

export type Resolved<T> =
  | { readonly status: 'announced'; readonly value: T; readonly source: LegalSource; readonly from: IsoDate }
  | { readonly status: 'not-announced'; readonly source: LegalSource | null };

/** The value in force on `date`: the latest entry whose `from` is on or before it. */
export function resolve<T>(parameter: Parameter<T>, date: IsoDate): Resolved<T> {
  let found: DatedValue<T> | undefined;
  for (const entry of parameter) {
    if (entry.from <= date && (found === undefined || entry.from >= found.from)) found = entry;
  }
  if (found === undefined) return { status: 'not-announced', source: null };
  if (found.value === null) return { status: 'not-announced', source: found.source };
  return { status: 'announced', value: found.value, source: found.source, from: found.from };
}

/** A parameter that does not change over the life of an edition. */
export function constant<T>(value: T | null, source: LegalSource, from: IsoDate = '2000-01-01'): Parameter<T> {
  return [{ from, value, source }];
}

/** The value in force on `date`, or `null` when it is not announced. */
export function valueOn<T>(parameter: Parameter<T>, date: IsoDate): T | null {
  const resolved = resolve(parameter, date);
  return resolved.status === 'announced' ? resolved.value : null;
}
