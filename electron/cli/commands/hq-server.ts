import { readFileSync } from 'node:fs';
import { CliError, type CommandResult } from '../command';
import { parseCommandArgs, requireOption } from '../database-options';
import { wholeNumberOption } from '../hq-token';

const USAGE =
  'hq-server --port N --data <klasör> [--pg URL] [--fault-rate R] [--host H] [--tls-cert F --tls-key F]  |  hq-server --data <klasör> [--pg URL] --add-branch <şube> [--branch-name "Ad"]';

function faultRate(text: string | undefined): number {
  if (text === undefined) return 0;
  const rate = Number(text);
  if (!/^(0|1|0?\.\d+)$/.test(text) || rate < 0 || rate > 1) throw new CliError(`--fault-rate 0 ile 1 arasında bir oran olmalı: ${text}`);
  return rate;
}

function readPem(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new CliError(`TLS dosyası okunamadı: ${path}`);
  }
}

/**
 * `hq-server --port N --data DIR [--pg URL] [--fault-rate R]` (issue 17
 * item 3): the headquarters reference server, on SQLite in DIR or on
 * PostgreSQL with `--pg`; runs until SIGINT/SIGTERM. `--add-branch ID`
 * registers a branch in the same store, prints its token once and exits.
 */
export async function hqServerCommand(args: readonly string[]): Promise<CommandResult> {
  // Loaded here, not at the top: every other CLI command would otherwise load fastify and pg at start.
  const { openPostgresStore } = await import('../../../hq/postgres-store');
  const { openSqliteStore } = await import('../../../hq/sqlite-store');
  const { startHqServer } = await import('../../../hq/start');
  const { newBranchToken, tokenSha256 } = await import('../../../hq/tokens');
  const parsed = parseCommandArgs(USAGE, args, [
    'port',
    'data',
    'pg',
    'fault-rate',
    'host',
    'tls-cert',
    'tls-key',
    'add-branch',
    'branch-name',
  ]);
  const dataDir = requireOption(parsed, 'data', USAGE);
  const pgUrl = parsed.options.pg ?? null;
  const branch = parsed.options['add-branch'];
  if (branch !== undefined) {
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(branch)) throw new CliError(`Şube kimliği küçük harf, rakam ve tireden oluşmalı: ${branch}`);
    const store = pgUrl === null ? openSqliteStore(dataDir) : await openPostgresStore(pgUrl);
    try {
      const token = newBranchToken();
      await store.registerBranch(branch, parsed.options['branch-name'] ?? branch, tokenSha256(token), new Date().toISOString());
      return { output: JSON.stringify({ branchId: branch, token }), exitCode: 0 };
    } finally {
      await store.close();
    }
  }
  const port = wholeNumberOption('port', requireOption(parsed, 'port', USAGE), 0, 0, 65535);
  const certPath = parsed.options['tls-cert'];
  const keyPath = parsed.options['tls-key'];
  if ((certPath === undefined) !== (keyPath === undefined)) throw new CliError('--tls-cert ile --tls-key birlikte verilmeli.');
  const tls = certPath !== undefined && keyPath !== undefined ? { cert: readPem(certPath), key: readPem(keyPath) } : null;
  const server = await startHqServer({
    port,
    dataDir,
    pgUrl,
    faultRate: faultRate(parsed.options['fault-rate']),
    host: parsed.options.host ?? '127.0.0.1',
    tls,
  });
  const storeText = pgUrl === null ? `SQLite, ${dataDir}` : 'PostgreSQL';
  process.stdout.write(`Merkez sunucusu dinliyor: ${server.url} (depo: ${storeText})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return { output: '', exitCode: 0 };
}
