import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { AppContext, SessionSlot } from '../services/app-context';
import { dispatch } from '../services/dispatcher';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';

/**
 * Browser mode (issue 13 item 4): the renderer build and the same services
 * over HTTP on 127.0.0.1 only, through fastify.
 * - Every request under `/api/` carries the per-run token in `X-Kobi-Token`
 *   or is answered 401, whatever the path.
 * - A request whose `Origin` (or `Host`) is not the server's own is refused
 *   (403): another site in the same browser cannot call the API, and DNS
 *   rebinding finds a wrong Host.
 * - `POST /api/<channel>`: JSON body = the channel's request, answer = the
 *   ContractResult (HTTP 200 for every contract answer).
 * - After `session:login` the session lives in an HttpOnly, SameSite=Strict cookie.
 */

export const SESSION_COOKIE = 'kobi_oturum';
export const TOKEN_HEADER = 'x-kobi-token';
/** Large enough for a visit report with signatures and a few photos as data URLs. */
const BODY_LIMIT = 25 * 1024 * 1024;

export type WebServerOptions = {
  readonly app: AppContext;
  readonly port?: number;
  /** The renderer build (`renderer/dist`); absent: the API alone. */
  readonly staticRoot?: string | null;
  readonly token?: string;
  readonly onInternalError?: (channel: string, error: unknown) => void;
};

export type RunningWebServer = {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  readonly server: FastifyInstance;
  close(): Promise<void>;
};

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function refuse(reply: FastifyReply, status: 401 | 403, message: string): FastifyReply {
  return reply.code(status).send({ ok: false, error: { code: status === 401 ? 'unauthorized' : 'forbidden', message } });
}

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = Fastify({ logger: false, bodyLimit: BODY_LIMIT });
  await server.register(fastifyCookie);
  let origin = '';
  let host = '';

  server.addHook('onRequest', async (request, reply) => {
    void reply.header('X-Content-Type-Options', 'nosniff');
    void reply.header('Referrer-Policy', 'no-referrer');
    void reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    void reply.header('Cache-Control', 'no-store');
    if (request.headers.host !== host) return refuse(reply, 403, 'Yalnızca bu bilgisayardan, uygulamanın kendi adresinden erişilebilir.');
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return refuse(reply, 403, 'Başka bir siteden gelen istek reddedildi.');
    if (request.url.startsWith('/api/') || request.url === '/api') {
      const given = request.headers[TOKEN_HEADER];
      if (typeof given !== 'string' || !sameText(given, token)) return refuse(reply, 401, 'Geçersiz ya da eksik erişim anahtarı (token).');
    }
    return undefined;
  });

  server.setErrorHandler(async (error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode ?? 500;
    const code = status === 413 || (status >= 400 && status < 500) ? 'invalid-input' : 'internal';
    return reply.code(status >= 400 && status < 500 ? 400 : 500).send({
      ok: false,
      error: {
        code,
        message: code === 'invalid-input' ? 'İstek okunamadı (geçerli bir JSON gövdesi bekleniyor).' : 'Beklenmeyen bir hata oluştu.',
      },
    });
  });

  server.post('/api/:channel', async (request: FastifyRequest<{ Params: { channel: string } }>, reply) => {
    const cookie: { id: string | null; changed: boolean } = { id: request.cookies[SESSION_COOKIE] ?? null, changed: false };
    const slot: SessionSlot = {
      get id() {
        return cookie.id;
      },
      set(id) {
        cookie.id = id;
        cookie.changed = true;
      },
    };
    const result = await dispatch(options.app, slot, request.params.channel, request.body ?? {}, {
      ...(options.onInternalError === undefined ? {} : { onInternalError: options.onInternalError }),
    });
    if (cookie.changed) {
      if (cookie.id === null) void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      else void reply.setCookie(SESSION_COOKIE, cookie.id, { path: '/', httpOnly: true, sameSite: 'strict', secure: false });
    }
    return reply.send(result);
  });

  server.all('/api/*', async (_request, reply) =>
    reply.code(404).send({ ok: false, error: { code: 'not-found', message: 'Böyle bir işlem yok.' } }),
  );

  const root = options.staticRoot ?? null;
  if (root !== null && existsSync(join(root, 'index.html'))) {
    await server.register(fastifyStatic, { root, index: ['index.html'], wildcard: false });
    server.setNotFoundHandler(async (request, reply) => {
      if (request.method !== 'GET') return reply.code(404).send();
      return reply.sendFile('index.html');
    });
  } else {
    server.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="tr"><meta charset="utf-8"><title>KOBİ Dosya</title><p>Arayüz derlenmemiş (renderer/dist yok); yalnızca API çalışıyor.</p></html>',
        ),
    );
  }

  const address = await server.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const port = Number(new URL(address).port);
  origin = `http://127.0.0.1:${port}`;
  host = `127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    server,
    close: () => server.close(),
  };
}
