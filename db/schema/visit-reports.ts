import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, jsonText, timestamp } from './columns';
import { monitoringVisits } from './monitoring-visits';

export type VisitChecklistItem = { readonly code: string; readonly label: string; readonly answer: 'evet' | 'hayir' | 'uygulanmaz' };
export type VisitSignature = { readonly signer: string; readonly role: string; readonly pngDataUrl: string };
export type VisitPhoto = { readonly caption: string; readonly dataUrl: string };

/** The on-site form of a monitoring visit: checklist, notes, drawn signatures (PNG data URLs) and photos. */
export const visitReports = sqliteTable('visit_reports', {
  id: id(),
  visitId: integer('visit_id')
    .notNull()
    .unique()
    .references(() => monitoringVisits.id),
  checklist: jsonText<VisitChecklistItem[]>('checklist').notNull(),
  notes: text('notes').notNull().default(''),
  signatures: jsonText<VisitSignature[]>('signatures').notNull(),
  photos: jsonText<VisitPhoto[]>('photos').notNull(),
  updatedAt: timestamp('updated_at').notNull(),
});
