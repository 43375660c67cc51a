import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import type { ChannelResponse } from '../../../electron/contract';
import { createAppFixture, type AppFixture } from './app-fixture';

type Created = ChannelResponse<'enterprise:create'>;

let fixture: AppFixture;
let counter = 0;

beforeAll(() => {
  fixture = createAppFixture();
});

afterAll(() => {
  fixture.dispose();
});

function newEnterprise(iban: string | null | undefined) {
  counter += 1;
  return fixture.call('uzman', 'enterprise:create', {
    vkn: syntheticVkn(`iban-${counter}`),
    unvan: `IBAN Deneme ${counter} A.Ş.`,
    legalForm: 'TUZEL_KISI',
    registered: true,
    active: true,
    declarationCurrent: true,
    ...(iban === undefined ? {} : { iban }),
    sites: [{ province: 'Ankara', kind: 'merkez' }],
  });
}

describe('enterprise IBAN', () => {
  it.each([
    ['TR330006100519786457841326', 'TR330006100519786457841326'],
    ['tr33 0006 1005 1978 6457 8413 26', 'TR330006100519786457841326'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j is stored as %j and read back by enterprise:get', async (typed, stored) => {
    const created = await newEnterprise(typed);
    expect(created).toMatchObject({ ok: true });
    const { enterprise } = (created as { value: Created }).value;
    expect(enterprise.iban).toBe(stored);
    expect(await fixture.call('izleyici', 'enterprise:get', { id: enterprise.id })).toMatchObject({
      ok: true,
      value: { enterprise: { iban: stored } },
    });
  });

  it.each([
    ['TR330006100519786457841327', 'kontrol basamakları tutmuyor'],
    ['TR33000610051978645784132', '25 karakter'],
    ['DE89370400440532013000', 'Yabancı bir IBAN'],
  ])('%j is refused with a Turkish reason (%s)', async (typed, reason) => {
    const answer = await newEnterprise(typed);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((answer as { error: { message: string } }).error.message).toContain(reason);
  });

  it('enterprise:update sets, normalises and clears it', async () => {
    const created = ((await newEnterprise(undefined)) as { value: Created }).value.enterprise;
    const update = (iban: string | null) => fixture.call('uzman', 'enterprise:update', { id: created.id, changes: { iban } });
    expect(await update('TR33 0006 1005 1978 6457 8413 26')).toMatchObject({
      ok: true,
      value: { enterprise: { iban: 'TR330006100519786457841326' } },
    });
    expect(await update('TR00')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await update(null)).toMatchObject({ ok: true, value: { enterprise: { iban: null } } });
  });
});
