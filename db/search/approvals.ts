import type Database from 'better-sqlite3';
import type { ProgramId } from '../../core/inputs/eligibility-input';
import type { FinansmanCallId } from '../../core/inputs/finansman-input';
import type { IsoDate } from '../../core/lib/calendar-date';
import type { KobiDatabase } from '../connection';
import type { WorkflowKind } from '../schema/workflow-states';
import { perConnection } from '../statement-cache';

/**
 * The records waiting for a müdür's decision (issue 13 item 1, the müdür's
 * inbox), by their workflow state (electron/contract/workflow-catalogue.ts):
 * - an IKDP application in `mudur_onayinda` (approve or reject, MADDE 11(1));
 * - an ITKFDP-II application in `kontrolde` with a stored evaluation (the
 *   officer's check is done, MADDE 11(1); without an evaluation the officer
 *   is still checking it);
 * - a payment request in `uygunluk_formu_hazirlandi` (the eligibility form
 *   waits for the müdür's approval);
 * - a credit-line application (`finansman_applications`) in `mudur_onayinda`
 *   (approve or reject); its "evaluation" is its latest decision record
 *   (`finansman_decisions`, the one the workflow guards read).
 * Each with who moved it into that state and who prepared its latest
 * evaluation: four-eyes is decided from these by the service. Only records
 * moved in the app have a workflow state row, and only they can be in these
 * states, so the list reads `workflow_states` by its state index.
 */
/** The programme value of a credit-line row (its calls are `call`). */
export const FINANSMAN_PROGRAM = 'FINANSMAN-2026';

export type ApprovalRow = {
  readonly recordKind: Extract<WorkflowKind, 'ikdp_application' | 'itkfdp_application' | 'payment_request' | 'finansman_application'>;
  readonly recordId: number;
  readonly state: string;
  /** The programme application (`applications.id`), or for the credit line its own application (`finansman_applications.id`). */
  readonly applicationId: number;
  readonly program: ProgramId | typeof FINANSMAN_PROGRAM;
  /** The credit line's call (`2026-1`, `2026-2`); `null` for the programmes. */
  readonly call: FinansmanCallId | null;
  readonly enterpriseId: number;
  readonly unvan: string;
  readonly appliedOn: IsoDate | null;
  readonly responsibleUserId: number | null;
  /** Who moved the record into its state, and when (ISO timestamp); `null` when no transition says so. */
  readonly movedByUserId: number | null;
  readonly movedByName: string | null;
  readonly movedAt: string | null;
  /** The application's latest evaluation (applications only). */
  readonly evaluationId: number | null;
  readonly evaluationEligible: boolean | null;
  readonly evaluatedByUserId: number | null;
  readonly evaluatedByName: string | null;
};

type StoredRow = Omit<ApprovalRow, 'evaluationEligible'> & { readonly evaluationEligible: number | null };

/** The states a müdür decides, per record kind. */
export const AWAITING_MUDUR: Readonly<Record<ApprovalRow['recordKind'], string>> = {
  ikdp_application: 'mudur_onayinda',
  itkfdp_application: 'kontrolde',
  payment_request: 'uygunluk_formu_hazirlandi',
  finansman_application: 'mudur_onayinda',
};

/** At most this many are listed; a müdürlük's approval queue is far shorter. */
export const MAX_APPROVALS = 500;

const MOVED = `
  LEFT JOIN workflow_transitions t ON t.id = (
    SELECT max(t2.id) FROM workflow_transitions t2
     WHERE t2.record_kind = s.record_kind AND t2.record_id = s.record_id AND t2.to_state = s.state)
  LEFT JOIN users mover ON mover.id = t.user_id`;

const EVALUATED = `
  LEFT JOIN evaluations ev ON ev.id = (SELECT max(ev2.id) FROM evaluations ev2 WHERE ev2.application_id = a.id)
  LEFT JOIN users evaluator ON evaluator.id = ev.prepared_by_user_id`;

const MOVED_COLUMNS = `t.user_id AS movedByUserId, mover.full_name AS movedByName, t.at AS movedAt`;

const COLUMNS = `s.record_kind AS recordKind, s.record_id AS recordId, s.state, a.id AS applicationId, a.program, NULL AS call,
  a.enterprise_id AS enterpriseId, e.unvan, a.applied_on AS appliedOn, a.responsible_user_id AS responsibleUserId,
  ${MOVED_COLUMNS}`;

const EVALUATION_COLUMNS = `ev.id AS evaluationId, ev.eligible AS evaluationEligible, ev.prepared_by_user_id AS evaluatedByUserId,
  evaluator.full_name AS evaluatedByName`;

const FINANSMAN_COLUMNS = `s.record_kind AS recordKind, s.record_id AS recordId, s.state, f.id AS applicationId,
  '${FINANSMAN_PROGRAM}' AS program, f.call, f.enterprise_id AS enterpriseId, e.unvan, f.applied_on AS appliedOn,
  f.responsible_user_id AS responsibleUserId, ${MOVED_COLUMNS},
  fd.id AS evaluationId, fd.eligible AS evaluationEligible, fd.decided_by_user_id AS evaluatedByUserId,
  decider.full_name AS evaluatedByName`;

const DECIDED = `
  LEFT JOIN finansman_decisions fd ON fd.id = (SELECT max(fd2.id) FROM finansman_decisions fd2 WHERE fd2.application_id = f.id)
  LEFT JOIN users decider ON decider.id = fd.decided_by_user_id`;

const NO_EVALUATION = 'NULL AS evaluationId, NULL AS evaluationEligible, NULL AS evaluatedByUserId, NULL AS evaluatedByName';

function statement(sqlite: Database.Database): Database.Statement<[{ readonly limit: number }], StoredRow> {
  return perConnection(sqlite, statement, () =>
    sqlite.prepare<[{ readonly limit: number }], StoredRow>(`
      SELECT * FROM (
        SELECT ${COLUMNS}, ${EVALUATION_COLUMNS}
          FROM workflow_states s
          JOIN applications a ON a.id = s.record_id
          JOIN enterprises e ON e.id = a.enterprise_id ${MOVED} ${EVALUATED}
         WHERE (s.state = 'mudur_onayinda' AND s.record_kind = 'ikdp_application')
            OR (s.state = 'kontrolde' AND s.record_kind = 'itkfdp_application')
        UNION ALL
        SELECT ${COLUMNS}, ${NO_EVALUATION}
          FROM workflow_states s
          JOIN payment_requests p ON p.id = s.record_id
          JOIN applications a ON a.id = p.application_id
          JOIN enterprises e ON e.id = a.enterprise_id ${MOVED}
         WHERE s.state = 'uygunluk_formu_hazirlandi' AND s.record_kind = 'payment_request'
        UNION ALL
        SELECT ${FINANSMAN_COLUMNS}
          FROM workflow_states s
          JOIN finansman_applications f ON f.id = s.record_id
          JOIN enterprises e ON e.id = f.enterprise_id ${MOVED} ${DECIDED}
         WHERE s.state = 'mudur_onayinda' AND s.record_kind = 'finansman_application'
      )
      WHERE recordKind <> 'itkfdp_application' OR evaluationId IS NOT NULL
      ORDER BY movedAt, recordKind, recordId
      LIMIT :limit`),
  );
}

/** The records waiting for a müdür, the longest-waiting first, at most `limit` (default MAX_APPROVALS). */
export function awaitingApproval(db: KobiDatabase, limit = MAX_APPROVALS): ApprovalRow[] {
  return statement(db.sqlite)
    .all({ limit })
    .map((row) => ({ ...row, evaluationEligible: row.evaluationEligible === null ? null : row.evaluationEligible === 1 }));
}
