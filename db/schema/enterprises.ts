import { sql } from 'drizzle-orm';
import { check, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { flag, id, isoDate, oneOf, timestamp } from './columns';
import { LEGAL_FORMS } from './enums';

/**
 * An enterprise (işletme) known to the müdürlük. A tüzel kişi is identified by
 * its VKN, a gerçek kişi by TCKN (and usually a VKN too): at least one is set.
 * `nace_main` is the main activity on `nace_reference_date` (IKDP MADDE 7(4)).
 */
export const enterprises = sqliteTable(
  'enterprises',
  {
    id: id(),
    vkn: text('vkn').unique(),
    tckn: text('tckn').unique(),
    unvan: text('unvan').notNull(),
    legalForm: text('legal_form', { enum: LEGAL_FORMS }).notNull(),
    registered: flag('registered').notNull(),
    active: flag('active').notNull(),
    declarationCurrent: flag('declaration_current').notNull(),
    naceMain: text('nace_main'),
    naceReferenceDate: isoDate('nace_reference_date'),
    foundedOn: isoDate('founded_on'),
    /** The enterprise's bank account for support payments (TR IBAN, normalised: no spaces, upper case). */
    iban: text('iban'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [
    check('enterprises_identifier_check', sql`${table.vkn} IS NOT NULL OR ${table.tckn} IS NOT NULL`),
    check('enterprises_legal_form_check', sql`${table.legalForm} IN (${sql.raw(oneOf(LEGAL_FORMS))})`),
  ],
);
