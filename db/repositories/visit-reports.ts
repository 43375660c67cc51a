import { eq } from 'drizzle-orm';
import { monitoringVisits } from '../schema/monitoring-visits';
import { monitoringVisitFromRow, type MonitoringVisit } from './monitoring-visits';
import type { KobiDatabase } from '../connection';
import { visitReports, type VisitChecklistItem, type VisitPhoto, type VisitSignature } from '../schema/visit-reports';
import type { WriteContext } from '../write-context';

export type VisitReport = {
  readonly visitId: number;
  readonly checklist: readonly VisitChecklistItem[];
  readonly notes: string;
  readonly signatures: readonly VisitSignature[];
  readonly photos: readonly VisitPhoto[];
  readonly updatedAt: string;
};

export type VisitReportFields = Omit<VisitReport, 'updatedAt'>;

export function getVisitReport(db: KobiDatabase, visitId: number): VisitReport | undefined {
  const row = db.orm.select().from(visitReports).where(eq(visitReports.visitId, visitId)).get();
  return row === undefined
    ? undefined
    : {
        visitId: row.visitId,
        checklist: row.checklist,
        notes: row.notes,
        signatures: row.signatures,
        photos: row.photos,
        updatedAt: row.updatedAt,
      };
}

export function putVisitReport(w: WriteContext, fields: VisitReportFields): VisitReport {
  const existing = w.db.orm.select({ id: visitReports.id }).from(visitReports).where(eq(visitReports.visitId, fields.visitId)).get();
  const values = {
    checklist: [...fields.checklist],
    notes: fields.notes,
    signatures: [...fields.signatures],
    photos: [...fields.photos],
    updatedAt: w.at,
  };
  if (existing === undefined) w.insert(visitReports, { visitId: fields.visitId, ...values });
  else w.update(visitReports, existing.id, values);
  return { ...fields, updatedAt: w.at };
}

/** One monitoring visit by its id. */
export function getMonitoringVisit(db: KobiDatabase, id: number): MonitoringVisit | undefined {
  const row = db.orm.select().from(monitoringVisits).where(eq(monitoringVisits.id, id)).get();
  return row === undefined ? undefined : monitoringVisitFromRow(row);
}
