import { asc } from 'drizzle-orm';
import type { KobiDatabase } from '../connection';
import { idariIzinDays } from '../schema/idari-izin-days';

/** Idari izin days in date order (the reference data screen of the yönetici). */
export function listIdariIzinDays(db: KobiDatabase): { date: string; kind: 'full' | 'half'; name: string; source: string }[] {
  return db.orm
    .select({ date: idariIzinDays.date, kind: idariIzinDays.kind, name: idariIzinDays.name, source: idariIzinDays.source })
    .from(idariIzinDays)
    .orderBy(asc(idariIzinDays.date))
    .all();
}
