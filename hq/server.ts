import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ZodError, ZodType } from 'zod';
import {
  branchRequest,
  chunkQuery,
  FILE_SIZE_HEADER,
  fileContentQuery,
  MAX_BODY_BYTES,
  MAX_CHUNK_BYTES,
  PROTOCOL_HEADER,
  PROTOCOL_MAJOR,
  PROTOCOL_VERSION,
  sha256Hex,
  type ErrorCode,
  type ErrorResponse,
} from '../electron/sync/protocol';
import { changesQuery } from '../electron/sync/changes-protocol';
import { feedQuery } from '../electron/sync/feed-protocol';
import { faultInjector, type FaultInjector } from './faults';
import { validatePushRequest } from './push-validation';
import type { HqStore } from './store';
import { newBranchToken, tokenSha256 } from './tokens';

/**
 * The headquarters reference server (issue 17 item 3): the protocol of
 * docs/sync-protocol.md over fastify, on one store. Requests and answers are
 * parsed with the zod schemas the branch's client uses
 * (electron/sync/protocol.ts). `_stats` and `_branches` answer only on the
 * loopback interface: they are for the operator on the machine, not the network.
 */
export type HqServerOptions = {
  readonly store: HqStore;
  readonly faultRate?: number;
  readonly random?: () => number;
  readonly now?: () => string;
  /** TLS key and certificate (PEM); plain HTTP without them. */
  readonly tls?: { readonly key: Buffer; readonly cert: Buffer } | null;
};

/** A JSON answer, or (`bytes`) a file's bytes with their headers. */
type Answer = {
  readonly status: number;
  readonly body: unknown;
  readonly bytes?: Buffer;
  readonly headers?: Readonly<Record<string, string>>;
};

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function problem(status: number, code: ErrorCode, message: string, received?: number): Answer {
  const body: ErrorResponse = { error: received === undefined ? { code, message } : { code, message, received } };
  return { status, body };
}

function invalid(error: ZodError): Answer {
  const first = error.issues[0];
  const where = first === undefined ? '' : `${first.path.join('.')}: ${first.message}`;
  return problem(400, 'invalid-request', `İstek protokole uymuyor (${where}).`);
}

function parsed<T>(schema: ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; answer: Answer } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, answer: invalid(result.error) };
}

/** The payload with one byte changed (bit 0 of its middle character): what a tampering fault sends. */
function flippedByte(payload: string): string {
  const at = Math.floor(payload.length / 2);
  return `${payload.slice(0, at)}${String.fromCharCode(payload.charCodeAt(at) ^ 1)}${payload.slice(at + 1)}`;
}

export function buildHqServer(options: HqServerOptions): { readonly app: FastifyInstance; readonly faults: FaultInjector } {
  const { store } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const faults = faultInjector(options.faultRate ?? 0, options.random);
  const app = (
    options.tls ? Fastify({ https: options.tls, bodyLimit: MAX_BODY_BYTES }) : Fastify({ bodyLimit: MAX_BODY_BYTES })
  ) as FastifyInstance;

  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_CHUNK_BYTES }, (_request, body, done) => {
    done(null, body);
  });

  app.addHook('onSend', (_request, reply, payload, done) => {
    void reply.header(PROTOCOL_HEADER, PROTOCOL_VERSION);
    done(null, payload);
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const answer =
      error.statusCode === 413
        ? problem(413, 'payload-too-large', 'İstek gövdesi çok büyük; daha küçük parçalar gönderin.')
        : error.statusCode !== undefined && error.statusCode < 500
          ? problem(400, 'invalid-request', `İstek okunamadı: ${error.message}`)
          : problem(500, 'internal', 'Merkezde beklenmeyen bir hata oldu.');
    void reply.code(answer.status).send(answer.body);
  });

  app.setNotFoundHandler((_request, reply) => {
    void reply.code(404).send(problem(404, 'invalid-request', 'Böyle bir adres yok.').body);
  });

  async function branchOf(request: FastifyRequest): Promise<string | Answer> {
    const version = request.headers[PROTOCOL_HEADER];
    if (typeof version === 'string' && Number.parseInt(version, 10) !== PROTOCOL_MAJOR)
      return problem(426, 'unsupported-version', `Merkez protokolün ${PROTOCOL_MAJOR}. sürümünü konuşur; istemci ${version} gönderdi.`);
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (token === '') return problem(401, 'unauthorized', 'Şube anahtarı (Authorization: Bearer) eksik.');
    // Looked up on every request (one indexed read), so a re-keyed branch's old token stops working at once.
    const branchId = await store.branchOfToken(tokenSha256(token));
    return branchId ?? problem(401, 'unauthorized', 'Merkez bu şube anahtarını tanımıyor.');
  }

  function send(reply: FastifyReply, answer: Answer): FastifyReply {
    if (answer.bytes === undefined) return reply.code(answer.status).send(answer.body);
    return reply
      .code(answer.status)
      .headers({ ...answer.headers, 'content-type': 'application/octet-stream' })
      .send(answer.bytes);
  }

  /** Run `work` under the injected faults of hq/faults.ts. */
  async function withFaults(request: FastifyRequest, reply: FastifyReply, work: () => Promise<Answer>): Promise<FastifyReply> {
    const fault = faults.pick();
    if (fault === 'drop') {
      request.raw.socket.destroy();
      return reply.hijack();
    }
    if (fault === 'unavailable')
      return send(reply.header('retry-after', '1'), problem(503, 'unavailable', 'Merkez geçici olarak hizmet veremiyor.'));
    if (fault === 'delay') await new Promise((resolve) => setTimeout(resolve, faults.delayMs()));
    if (fault === 'duplicate') await work();
    const answer = await work();
    if (fault === 'lost-ack') {
      request.raw.socket.destroy();
      return reply.hijack();
    }
    if (fault === 'truncate') {
      const bytes = answer.bytes ?? Buffer.from(JSON.stringify(answer.body), 'utf8');
      const type = answer.bytes === undefined ? 'application/json; charset=utf-8' : 'application/octet-stream';
      void reply.hijack();
      reply.raw.writeHead(answer.status, { ...answer.headers, 'content-type': type, 'content-length': bytes.length });
      reply.raw.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      request.raw.socket.destroy();
      return reply;
    }
    return send(reply, answer);
  }

  app.get('/v1/hello', async (request, reply) => {
    const branch = await branchOf(request);
    if (typeof branch !== 'string') return send(reply, branch);
    return send(reply, { status: 200, body: { branchId: branch, protocol: PROTOCOL_VERSION, serverTime: now() } });
  });

  app.post('/v1/push', async (request, reply) => {
    const branch = await branchOf(request);
    if (typeof branch !== 'string') return send(reply, branch);
    const body = validatePushRequest(request.body);
    if (!body.ok) return send(reply, invalid(body.error));
    return withFaults(request, reply, async () => ({ status: 200, body: { results: await store.push(branch, body.value.items, now()) } }));
  });

  app.get<{ Params: { sha256: string } }>('/v1/files/:sha256', async (request, reply) => {
    const branch = await branchOf(request);
    if (typeof branch !== 'string') return send(reply, branch);
    const sha = parsed(sha256Hex, request.params.sha256);
    if (!sha.ok) return send(reply, sha.answer);
    return withFaults(request, reply, async () => ({ status: 200, body: await store.fileStatus(sha.value) }));
  });

  app.put<{ Params: { sha256: string }; Querystring: unknown }>('/v1/files/:sha256', async (request, reply) => {
    const branch = await branchOf(request);
    if (typeof branch !== 'string') return send(reply, branch);
    const sha = parsed(sha256Hex, request.params.sha256);
    if (!sha.ok) return send(reply, sha.answer);
    const query = parsed(chunkQuery, request.query);
    if (!query.ok) return send(reply, query.answer);
    if (!Buffer.isBuffer(request.body))
      return send(reply, problem(400, 'invalid-request', 'Parça application/octet-stream olarak gönderilmeli.'));
    const bytes = request.body;
    return withFaults(request, reply, async () => {
      const outcome = await store.putChunk(sha.value, query.value.size, query.value.offset, bytes, now());
      switch (outcome.kind) {
        case 'ok':
          return { status: 200, body: outcome.status };
        case 'offset-mismatch':
          return problem(
            409,
            'offset-mismatch',
            `Merkez bu dosyanın ${outcome.received} baytını aldı; yükleme oradan sürmeli.`,
            outcome.received,
          );
        case 'size-mismatch':
          return problem(409, 'conflict', `Bu özetle ${outcome.sizeBytes} baytlık bir dosya yükleniyor; boyut farklı olamaz.`);
        case 'hash-mismatch':
          return problem(422, 'hash-mismatch', 'Yüklenen dosyanın SHA-256 özeti adıyla uyuşmuyor; dosya baştan yüklenmeli.');
      }
    });
  });

  // §14.6: a stored file's bytes, to the PCs of a branch one of whose items names it; to any other caller the file does not exist.
  app.get<{ Params: { sha256: string }; Querystring: unknown }>('/v1/files/:sha256/content', async (request, reply) => {
    const branch = await branchOf(request);
    if (typeof branch !== 'string') return send(reply, branch);
    const sha = parsed(sha256Hex, request.params.sha256);
    if (!sha.ok) return send(reply, sha.answer);
    const query = parsed(fileContentQuery, request.query);
    if (!query.ok) return send(reply, query.answer);
    const { offset, length } = query.value;
    return withFaults(request, reply, async () => {
      const slice = await store.fileSlice(branch, sha.value, offset, length);
      if (slice === null) return problem(404, 'not-found', 'Merkezde bu şubenin böyle tamamlanmış bir dosyası yok.');
      if (offset > slice.sizeBytes) return problem(400, 'invalid-request', `Dosya ${slice.sizeBytes} bayt; ${offset}. bayttan okunamaz.`);
      return {
        status: 200,
        body: null,
        bytes: slice.bytes,
        headers: {
          [FILE_SIZE_HEADER]: String(slice.sizeBytes),
          'content-range':
            slice.bytes.length === 0
              ? `bytes */${slice.sizeBytes}`
              : `bytes ${offset}-${offset + slice.bytes.length - 1}/${slice.sizeBytes}`,
        },
      };
    });
  });

  app.get<{ Querystring: unknown }>('/v1/feed', async (request, reply) => {
    const branch = await branchOf(request);
    if (typeof branch !== 'string') return send(reply, branch);
    const query = parsed(feedQuery, request.query);
    if (!query.ok) return send(reply, query.answer);
    return withFaults(request, reply, async () => {
      const page = await store.feedAfter(query.value.after, query.value.limit);
      const tampered = faults.tamperIndex(page.entries.length);
      const entries = page.entries.map((entry, index) =>
        index === tampered ? { ...entry, item: { ...entry.item, payload: flippedByte(entry.item.payload) } } : entry,
      );
      return { status: 200, body: { entries, last: page.last } };
    });
  });

  app.get<{ Querystring: unknown }>('/v1/changes', async (request, reply) => {
    const branch = await branchOf(request);
    if (typeof branch !== 'string') return send(reply, branch);
    const query = parsed(changesQuery, request.query);
    if (!query.ok) return send(reply, query.answer);
    const { after, limit, device } = query.value;
    // Only the caller's own branch: the token names it, the request cannot name another (§2, §14.3).
    return withFaults(request, reply, async () => ({ status: 200, body: await store.changesAfter(branch, after, limit, device ?? '') }));
  });

  app.get('/v1/_stats', async (request, reply) => {
    if (!LOOPBACK.has(request.socket.remoteAddress ?? ''))
      return send(reply, problem(403, 'forbidden', 'Yalnızca bu makineden sorulabilir.'));
    return send(reply, { status: 200, body: { ...(await store.counts()), faults: faults.counts } });
  });

  app.post('/v1/_branches', async (request, reply) => {
    if (!LOOPBACK.has(request.socket.remoteAddress ?? ''))
      return send(reply, problem(403, 'forbidden', 'Yalnızca bu makineden sorulabilir.'));
    const body = parsed(branchRequest, request.body);
    if (!body.ok) return send(reply, body.answer);
    const token = newBranchToken();
    await store.registerBranch(body.value.branchId, body.value.name, tokenSha256(token), now());
    return send(reply, { status: 201, body: { branchId: body.value.branchId, token } });
  });

  return { app, faults };
}
