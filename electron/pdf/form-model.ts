import type { Outcome } from '../../core/lib/checks';

/**
 * What a programme form shows, already decided and worded: the form builders
 * (electron/services/forms/) fill it from the database and the core's
 * decision, the renderer only lays it out. Nothing here is computed by the PDF.
 */

export type FormField = { readonly label: string; readonly value: string };

export type FormCheckRow = {
  readonly code: string;
  readonly article: string;
  readonly outcome: Outcome;
  readonly explanation: string;
};

export type FormAmountRow = { readonly label: string; readonly figure: string; readonly formula: string };

/** An amount written in figures and in Turkish words. */
export type FormAmountTotal = { readonly label: string; readonly figure: string; readonly words: string };

export type FormTableColumn = { readonly header: string; readonly width: number };

export type FormSection =
  | { readonly kind: 'fields'; readonly title: string; readonly fields: readonly FormField[] }
  | { readonly kind: 'checks'; readonly title: string; readonly checks: readonly FormCheckRow[] }
  | {
      readonly kind: 'amounts';
      readonly title: string;
      readonly rows: readonly FormAmountRow[];
      readonly totals: readonly FormAmountTotal[];
    }
  | { readonly kind: 'table'; readonly title: string; readonly columns: readonly FormTableColumn[]; readonly rows: readonly string[][] }
  | { readonly kind: 'text'; readonly title: string; readonly paragraphs: readonly string[] };

/**
 * A signing block. `field` names the empty PDF signature field placed on the
 * block's signing line: `sign-pdf` fills it with the digital signature.
 */
export type SignatureSlot = {
  readonly label: string;
  readonly name: string | null;
  readonly title: string;
  readonly date: string | null;
  readonly field?: string;
  /** A drawn signature (PNG) placed on the signing line. */
  readonly image?: Uint8Array;
};

export type FormModel = {
  readonly code: string;
  readonly title: string;
  readonly programmeName: string;
  readonly editionName: string;
  readonly directorate: string;
  /** ISO date: printed on the form and the PDF's creation date. */
  readonly formDate: string;
  readonly rulesVersion: string;
  readonly identity: readonly FormField[];
  readonly sections: readonly FormSection[];
  readonly signatures: readonly SignatureSlot[];
  /** Everything the form was made from (case data, full evaluation), attached to the PDF as JSON. */
  readonly evidence: unknown;
  /** Stable part of the document id, e.g. `3-12` (application, request). */
  readonly subjectKey: string;
};
