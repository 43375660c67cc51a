import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { putAudited } from '../../../db/repositories/audited-upsert';
import { legalInterestRates } from '../../../db/schema/legal-interest-rates';
import { withWrite } from '../../../db/write-context';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../helpers';

/** Issue 12 item 5: the one audited upsert, on a real table. */
describe('putAudited', () => {
  let t: TestDatabase;
  afterEach(() => {
    t.dispose();
  });

  function put(percent: string, act: string): string {
    return withWrite(t.db, TEST_ACTOR, (w) => {
      const existing = w.db.sqlite
        .prepare("SELECT id, percent, act FROM legal_interest_rates WHERE effective_from = '2099-01-01'")
        .get() as { id: number; percent: string; act: string } | undefined;
      const changes = { percent, act };
      return putAudited(w, legalInterestRates, existing, {
        insert: { effectiveFrom: '2099-01-01', ...changes },
        changes,
        compared: ['percent'],
      });
    });
  }

  function entries(): number {
    return (t.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  }

  it('inserts, leaves alone when the compared columns hold the values, updates otherwise — each write audited', () => {
    t = openTestDatabase();
    const start = entries();
    expect(put('24', '3095 sayılı Kanun')).toBe('inserted');
    expect(put('24', 'başka bir kaynak notu')).toBe('unchanged');
    expect(entries()).toBe(start + 1);
    expect(put('25', 'Cumhurbaşkanı Kararı')).toBe('updated');
    expect(entries()).toBe(start + 2);
    expect(t.db.sqlite.prepare("SELECT percent, act FROM legal_interest_rates WHERE effective_from = '2099-01-01'").get()).toEqual({
      percent: '25',
      act: 'Cumhurbaşkanı Kararı',
    });
    expect(verifyAudit(t.db).ok).toBe(true);
  });
});
