import type { FastifyInstance } from 'fastify';
import { openPostgresStore } from './postgres-store';
import { buildHqServer } from './server';
import { openSqliteStore } from './sqlite-store';
import type { HqStore } from './store';

export type StartOptions = {
  readonly port: number;
  readonly host?: string;
  readonly dataDir: string;
  readonly pgUrl?: string | null;
  readonly faultRate?: number;
  readonly tls?: { readonly key: Buffer; readonly cert: Buffer } | null;
};

export type RunningHqServer = {
  readonly app: FastifyInstance;
  readonly store: HqStore;
  /** The base URL, e.g. `http://127.0.0.1:8443`. */
  readonly url: string;
  readonly close: () => Promise<void>;
};

/** Open the store (`pgUrl` → PostgreSQL, else SQLite in `dataDir`), create its schema, and listen. */
export async function startHqServer(options: StartOptions): Promise<RunningHqServer> {
  const store = options.pgUrl ? await openPostgresStore(options.pgUrl) : openSqliteStore(options.dataDir);
  const { app } = buildHqServer({ store, faultRate: options.faultRate ?? 0, tls: options.tls ?? null });
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port, host });
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const scheme = options.tls ? 'https' : 'http';
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    app,
    store,
    url: `${scheme}://${shownHost}:${port}`,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
