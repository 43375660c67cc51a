import { fullNameOfUser, fullNameOfUsername } from '../../db/repositories/conflict-resolutions';
import type { KobiDatabase } from '../../db/database-types';
import type { ReplicationConflictKind } from '../../db/schema/replication';

/** The Turkish texts of the conflict screen and its refusals (electron/services/conflict-service.ts). */

/** The fields a replication conflict most often names, as the case file shows them; any other keeps its column name. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  application_province: 'Başvuru ili',
  applied_on: 'Başvuru tarihi',
  status: 'Durum',
  decision: 'Karar',
  decided_on: 'Karar tarihi',
  approved_on: 'Onay tarihi',
  notes: 'Notlar',
  responsible_user_id: 'Sorumlu personel',
  unvan: 'Unvan',
  address: 'Adres',
  phone: 'Telefon',
  email: 'E-posta',
  iban: 'IBAN',
  credit_used_on: 'Kredi kullandırım tarihi',
  due_on: 'Planlanan ziyaret tarihi',
  visited_on: 'Ziyaret tarihi',
};

export function fieldLabel(column: string): string {
  return FIELD_LABELS[column] ?? column;
}

export function userName(db: KobiDatabase, username: string): string {
  return fullNameOfUsername(db, username);
}

/** An audit actor as a person reads it: `user:7` (this PC), `system:replica:<device>:user:<name>` (another PC). */
export function actorName(db: KobiDatabase, actor: string): string {
  const local = /^user:(\d+)$/.exec(actor);
  if (local !== null) return fullNameOfUser(db, Number(local[1])) ?? actor;
  const replica = /^system:replica:[^:]+:user:(.+)$/.exec(actor);
  if (replica?.[1] !== undefined) return `${userName(db, replica[1])} (başka bilgisayar)`;
  return 'sistem';
}

type Counts = Readonly<Record<ReplicationConflictKind, number>>;

export const CONFLICT_TEXT = {
  summary: (counts: Counts, open: number) => {
    const total = counts.field + counts.transition + counts.apply;
    return total === 0
      ? 'Bilgisayarlar arası eşitlemede çakışma yok.'
      : `Bilgisayarlar arası eşitlemede ${String(total)} çakışma (${String(open)} açık): ${String(counts.transition)} eski durumdan geçiş, ` +
          `${String(counts.field)} aynı alanın eşzamanlı değişikliği, ${String(counts.apply)} uygulanamayan değişiklik.`;
  },
  inForce: (
    kind: ReplicationConflictKind,
    winner: 'local' | 'remote' | null,
    winning: string,
    currentState: string | null,
    resolved: boolean,
  ) => {
    if (kind === 'apply') return 'Diğer bilgisayardan gelen değişiklik bu bilgisayara uygulanamadı; yürürlükte bu bilgisayardaki kayıt.';
    const side = winner === 'local' ? 'bu bilgisayardaki' : 'diğer bilgisayardaki';
    // Once resolved, the sides describe the moment of the conflict; the resolution says what followed.
    const lead = resolved ? 'Çakışma anında yürürlüğe giren' : 'Yürürlükte';
    if (kind === 'transition')
      return (
        `${lead} ${side} geçiş: saati daha sonra olan geçiş geçerli olur, iki bilgisayar da aynı sonuca varır. ` +
        `Kayıt şimdi "${currentState ?? winning}" durumunda.`
      );
    return `${lead} ${side} değer ("${winning}"): saati daha sonra olan değişiklik geçerli olur (saatler eşitse cihaz kimliği belirler); öteki değer denetim kaydında saklı.`;
  },
  alreadyResolved: (by: string, on: string) => `Bu çakışma ${on} tarihinde ${by} tarafından çözülmüş.`,
  notYours: 'Bu çakışmayı dosyanın sorumlu personeli ya da müdür çözebilir.',
  fieldOnly: 'Bu işlem yalnızca aynı alanın eşzamanlı değişikliğinde yapılabilir.',
  notForField: 'Alan çakışmasında ya yürürlükteki değer korunur ya da diğer değer uygulanır.',
  transitionOnly: 'Yeni geçiş yalnızca eski durumdan geçiş çakışmasında yapılabilir.',
  notEditable: 'Bu alan bu ekrandan değiştirilemiyor; dosyadan düzeltin.',
  rowGone: 'Kayıt bu bilgisayarda artık yok.',
  changedSince:
    'Alan çakışmadan sonra yeniden değiştirilmiş; eski değeri yazmak o değişikliği siler. Dosyadan düzeltin ya da yürürlükteki değeri koruyun.',
} as const;
