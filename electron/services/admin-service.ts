import { getEnterprise } from '../../db/repositories/enterprises';
import { readSyncStatus } from '../sync/sync-status';
import { listExchangeRates, listHolidays, putExchangeRate, putHoliday, putIdariIzinDay } from '../../db/repositories/reference-data';
import { listIdariIzinDays } from '../../db/repositories/reference-lists';
import { putPasswordHash } from '../../db/repositories/user-credentials';
import { createUser, findUserByUsername, getUser, listUsers, updateUser, type User } from '../../db/repositories/users';
import { withWrite } from '../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../contract';
import { actorOf, type SignedInCall } from './app-context';
import { hashPassword } from './passwords';
import { notFound, ServiceError } from './service-error';
import type { ImportAnswer } from './import-service';
import type { DatabaseKey } from '../../db/connection';
import { backupIntoFolder, backupsIn } from './backup-service';

/** Users, reference data and imports: the yönetici's work (issue 13 items 1 and 2), every write audited. */

function userDto(user: User) {
  return { id: user.id, username: user.username, fullName: user.fullName, role: user.role, active: user.active, createdAt: user.createdAt };
}

export function listAccounts(call: SignedInCall): ChannelResponse<'user:list'> {
  return { users: listUsers(call.app.db).map(userDto) };
}

export async function createAccount(call: SignedInCall, request: ChannelRequest<'user:create'>): Promise<ChannelResponse<'user:create'>> {
  const passwordHash = await hashPassword(request.password);
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    if (findUserByUsername(w.db, request.username) !== undefined)
      throw new ServiceError('conflict', `"${request.username}" kullanıcı adı zaten var.`);
    const user = createUser(w, { username: request.username, fullName: request.fullName, role: request.role });
    putPasswordHash(w, user.id, passwordHash);
    return { user: userDto(user) };
  });
}

export function updateAccount(call: SignedInCall, request: ChannelRequest<'user:update'>): ChannelResponse<'user:update'> {
  const updated = withWrite(call.app.db, actorOf(call.user), (w) => {
    const existing = getUser(w.db, request.id);
    if (existing === undefined) throw notFound('Kullanıcı');
    if (existing.id === call.user.id && (request.active === false || (request.role !== undefined && request.role !== 'yonetici'))) {
      throw new ServiceError('conflict', 'Kendi hesabınızı devre dışı bırakamaz ya da yöneticilikten çıkaramazsınız.');
    }
    return updateUser(w, existing.id, {
      ...(request.fullName === undefined ? {} : { fullName: request.fullName }),
      ...(request.role === undefined ? {} : { role: request.role }),
      ...(request.active === undefined ? {} : { active: request.active }),
    });
  });
  if (!updated.active || request.role !== undefined) call.app.sessions.removeUser(updated.id);
  return { user: userDto(updated) };
}

export async function setAccountPassword(
  call: SignedInCall,
  request: ChannelRequest<'user:set-password'>,
): Promise<ChannelResponse<'user:set-password'>> {
  const passwordHash = await hashPassword(request.password);
  withWrite(call.app.db, actorOf(call.user), (w) => {
    if (getUser(w.db, request.id) === undefined) throw notFound('Kullanıcı');
    putPasswordHash(w, request.id, passwordHash);
  });
  if (request.id !== call.user.id) call.app.sessions.removeUser(request.id);
  return {};
}

const MANUAL_SOURCE = 'yönetici';

export function listReference(call: SignedInCall, request: ChannelRequest<'reference:list'>): ChannelResponse<'reference:list'> {
  const { db } = call.app;
  switch (request.kind) {
    case 'holidays':
      return { rows: listHolidays(db).map((row) => ({ date: row.date, label: row.name, value: row.kind, source: row.source })) };
    case 'idari-izin':
      return { rows: listIdariIzinDays(db).map((row) => ({ date: row.date, label: row.name, value: row.kind, source: row.source })) };
    case 'exchange-rates':
      return {
        rows: listExchangeRates(db, 'EUR').map((row) => ({
          date: row.rateDate,
          label: row.currency,
          value: row.buyingRate,
          source: row.source,
        })),
      };
  }
}

export function putReference(call: SignedInCall, request: ChannelRequest<'reference:put'>): ChannelResponse<'reference:put'> {
  const answer = writeReference(call, request);
  // Changed reference data: every open case is checked against it in the background (issue 18 item 3).
  if (answer.outcome !== 'unchanged') call.app.impact?.requestIfReferenceChanged(`Yönetici düzenlemesi (${call.user.fullName})`);
  return answer;
}

function writeReference(call: SignedInCall, request: ChannelRequest<'reference:put'>): ChannelResponse<'reference:put'> {
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    switch (request.kind) {
      case 'holiday':
        return { outcome: putHoliday(w, { date: request.date, kind: request.dayKind, name: request.name, source: MANUAL_SOURCE }) };
      case 'idari-izin':
        return { outcome: putIdariIzinDay(w, { date: request.date, kind: request.dayKind, name: request.name, source: MANUAL_SOURCE }) };
      case 'exchange-rate':
        return {
          outcome: putExchangeRate(w, {
            rateDate: request.date,
            currency: request.currency,
            buyingRate: request.buyingRate,
            source: MANUAL_SOURCE,
          }),
        };
    }
  });
}

function answered(answer: ImportAnswer): { outcome: 'imported' | 'already-imported'; message: string } {
  if (!answer.ok) throw new ServiceError('invalid-input', [answer.message, ...answer.lines.slice(0, 20)].join('\n'));
  return { outcome: answer.outcome, message: answer.message };
}

export async function importSgk(call: SignedInCall, request: ChannelRequest<'import:sgk'>): Promise<ChannelResponse<'import:sgk'>> {
  const enterprise = getEnterprise(call.app.db, request.enterpriseId);
  if (enterprise === undefined) throw notFound('İşletme');
  // Loaded on first use: the spreadsheet reader behind it is heavy and the app must start fast.
  const { runSgkImport } = await import('./import-service');
  const answer = await runSgkImport(
    call.app.db,
    actorOf(call.user),
    {
      fileName: request.fileName,
      bytes: Buffer.from(request.contentBase64, 'base64'),
      enterpriseId: request.enterpriseId,
      ...(request.province === undefined ? {} : { province: request.province }),
    },
    enterprise.unvan,
  );
  return answered(answer);
}

export async function importRates(call: SignedInCall, request: ChannelRequest<'import:rates'>): Promise<ChannelResponse<'import:rates'>> {
  const { runRatesImport } = await import('./import-service');
  const files = request.files.map((file) => ({ path: file.fileName, bytes: Buffer.from(file.contentBase64, 'base64') }));
  const answer = answered(runRatesImport(call.app.db, actorOf(call.user), files));
  if (answer.outcome === 'imported') call.app.impact?.requestIfReferenceChanged(`TCMB kur aktarımı (${call.user.fullName})`);
  return answer;
}

export function syncStatus(call: SignedInCall): ChannelResponse<'sync:status'> {
  const status = readSyncStatus(call.app.db);
  return {
    pending: status.pending,
    conflicts: status.conflicts,
    blocked: status.blocked,
    lastSuccess: status.lastSuccess,
    lastError: status.lastError,
    refused: status.refused.map(({ label, kind, reason, at }) => ({ label, kind, reason, at })),
    summary: status.summary,
    lastAttempt: status.lastAttempt,
    consecutiveFailures: status.consecutiveFailures,
    hqUrl: status.hqUrl,
    worker: call.app.sync?.state() ?? null,
  };
}

export function runSyncNow(call: SignedInCall): ChannelResponse<'sync:run'> {
  const worker = call.app.sync;
  if (worker === null)
    throw new ServiceError(
      'not-found',
      'Bu bilgisayar bir merkeze bağlı değil: merkez adresi ve anahtarı ayarlanmadan eşitleme yapılamaz.',
    );
  return worker.runNow()
    ? { started: true, message: `Eşitleme başladı (${worker.hqUrl}).` }
    : { started: false, message: 'Eşitleme zaten sürüyor; sonucu birazdan burada görünecek.' };
}

function backupSettings(call: SignedInCall): { folder: string; key: DatabaseKey } {
  if (call.app.backups === null) throw new ServiceError('not-found', 'Bu çalıştırmada yedekleme ayarlı değil.');
  return call.app.backups;
}

export function createBackup(call: SignedInCall): ChannelResponse<'backup:create'> {
  const { folder, key } = backupSettings(call);
  const answer = backupIntoFolder(call.app.db, folder, key, new Date(call.app.clock()));
  if (!answer.ok) throw new ServiceError('conflict', answer.message);
  return { path: answer.path, message: answer.message };
}

export function listBackupFiles(call: SignedInCall): ChannelResponse<'backup:list'> {
  return { backups: backupsIn(backupSettings(call).folder) };
}
