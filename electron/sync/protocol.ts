import { z } from 'zod';
import { replicaEnvelope } from '../../db/replication/envelope';

/**
 * The headquarters sync protocol, version 1 (docs/sync-protocol.md): the zod
 * schemas of every request and answer, shared by the branch's client
 * (electron/sync/) and the reference server (hq/), so both sides parse the
 * same shapes. Only zod here: the server imports it without the app.
 */

/** Major version: the path prefix `/v1/`. Minor: additive changes only, announced in `Kobi-Protocol`. */
export const PROTOCOL_MAJOR = 1;
export const PROTOCOL_VERSION = '1.3';
/** The first minor version with the signed reference feed (`GET /v1/feed`, §13). */
export const FEED_MINOR = 1;
/** The first minor version with replication between a müdürlük's PCs (`replica` on items, `GET /v1/changes`, §14). */
export const REPLICATION_MINOR = 2;
/** The first minor version that serves a stored file's bytes back to the branch's PCs (`GET /v1/files/:sha256/content`, §14.6). */
export const FILE_DOWNLOAD_MINOR = 3;
export const PROTOCOL_HEADER = 'kobi-protocol';

/** Most items in one push request, and most bytes of one request body. */
export const MAX_BATCH_ITEMS = 500;
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Most bytes of one file chunk. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export const uuidV7 = z.string().regex(UUID_V7, 'UUIDv7 (küçük harf) olmalı');
export const sha256Hex = z.string().regex(SHA256_HEX, '64 küçük onaltılık hane olmalı');

export const itemOp = z.enum(['insert', 'update', 'delete']);

/** A file (form PDF, attachment) an item refers to; its bytes go up in chunks before the item. */
export const itemFile = z.object({ sha256: sha256Hex, sizeBytes: z.number().int().nonnegative() });

/**
 * One change of a case file: a row of the branch's database as the change
 * left it (`payload`, canonical JSON text; `null` for a delete).
 * `contentSha256` = SHA-256 of `entity \n entityId \n op \n (payload ?? "null")`.
 */
export const pushItem = z.object({
  id: uuidV7,
  deviceId: uuidV7,
  entity: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/),
  entityId: z.string().regex(/^[0-9]{1,18}$/),
  op: itemOp,
  supersedes: uuidV7.nullable(),
  contentSha256: sha256Hex,
  payload: z.string().nullable(),
  auditSeq: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  file: itemFile.nullable(),
  /** Since 1.2 (§14.2): what the müdürlük's other PCs need to apply the change. */
  replica: replicaEnvelope.optional(),
});
export type PushItem = z.infer<typeof pushItem>;

export const pushRequest = z.object({ items: z.array(pushItem).min(1).max(MAX_BATCH_ITEMS) });
export type PushRequest = z.infer<typeof pushRequest>;

/**
 * One item's outcome. `201` stored, `200` already stored with the same content
 * (an identical replay, a no-op), `409` not stored: another content under the
 * same id (`id-reused`) or an edit of a version that is not headquarters'
 * current one (`stale-version`, with `currentVersion`), `428` its file is not
 * complete on headquarters yet, `422` the content hash does not match.
 */
export const itemResult = z.discriminatedUnion('status', [
  z.object({ id: uuidV7, status: z.literal(201) }),
  z.object({ id: uuidV7, status: z.literal(200) }),
  z.object({
    id: uuidV7,
    status: z.literal(409),
    code: z.enum(['id-reused', 'stale-version']),
    currentVersion: uuidV7.nullable(),
    message: z.string(),
  }),
  z.object({ id: uuidV7, status: z.literal(428), code: z.literal('file-missing'), message: z.string() }),
  z.object({ id: uuidV7, status: z.literal(422), code: z.literal('hash-mismatch'), message: z.string() }),
]);
export type ItemResult = z.infer<typeof itemResult>;

export const pushResponse = z.object({ results: z.array(itemResult) });
export type PushResponse = z.infer<typeof pushResponse>;

/** `GET /v1/files/:sha256`: how much of a file headquarters holds. */
export const fileStatus = z.object({
  sha256: sha256Hex,
  sizeBytes: z.number().int().nonnegative().nullable(),
  received: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type FileStatus = z.infer<typeof fileStatus>;

/** The query of `PUT /v1/files/:sha256?offset=N&size=S` (body: the chunk's bytes). */
export const chunkQuery = z.object({ offset: z.coerce.number().int().nonnegative(), size: z.coerce.number().int().nonnegative() });

/**
 * The query of `GET /v1/files/:sha256/content?offset=N&length=L` (§14.6): the
 * bytes from `offset`, at most `length` of them (the answer may be shorter).
 */
export const DEFAULT_DOWNLOAD_BYTES = 1024 * 1024;
export const fileContentQuery = z.object({
  offset: z.coerce.number().int().nonnegative().default(0),
  length: z.coerce.number().int().min(1).max(MAX_CHUNK_BYTES).default(DEFAULT_DOWNLOAD_BYTES),
});
/** The answer's header with the whole file's size (the body is the slice asked for). */
export const FILE_SIZE_HEADER = 'kobi-file-size';

export const errorCode = z.enum([
  'unauthorized',
  'forbidden',
  'invalid-request',
  'payload-too-large',
  'unsupported-version',
  'conflict',
  'offset-mismatch',
  'hash-mismatch',
  'not-found',
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCode>;

/** Every non-2xx answer: a code for programs, a Turkish message for people. */
export const errorResponse = z.object({
  error: z.object({ code: errorCode, message: z.string(), received: z.number().int().nonnegative().optional() }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

/** `GET /v1/hello`: who the token belongs to and what the server speaks. */
export const helloResponse = z.object({ branchId: z.string(), protocol: z.string(), serverTime: z.iso.datetime() });

/** `POST /v1/_branches` (loopback only): register a branch; the token is shown once. */
export const branchRequest = z.object({ branchId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/), name: z.string().min(1).max(200) });
export const branchResponse = z.object({ branchId: z.string(), token: z.string() });

/** `GET /v1/_stats` (loopback only). */
export const statsResponse = z.object({
  documents: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
  branches: z.number().int().nonnegative(),
  faults: z.record(z.string(), z.number().int().nonnegative()),
});
export type StatsResponse = z.infer<typeof statsResponse>;
