import { errorResponse, PROTOCOL_HEADER, PROTOCOL_VERSION } from './protocol';
import { SYNC_TEXT } from './sync-messages-tr';

/**
 * HTTP to headquarters with Node's fetch (undici: keep-alive, TLS), and the
 * client's error model (docs/sync-protocol.md §7): every failure becomes a
 * code, a Turkish reason and whether waiting and retrying can help.
 */
export type SyncFailure = {
  readonly code: string;
  readonly message: string;
  /** Retrying later can succeed (network, timeout, 5xx, cut answers); otherwise a person must act. */
  readonly transient: boolean;
};

export class SyncFailureError extends Error {
  override readonly name = 'SyncFailureError';
  readonly failure: SyncFailure;
  constructor(failure: SyncFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

export type HqAnswer = { readonly status: number; readonly body: unknown };

export type HqConnection = { readonly baseUrl: string; readonly token: string; readonly timeoutMs: number };

function causeText(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return cause instanceof Error ? cause.message : String(cause);
}

function failureOf(status: number, body: unknown): SyncFailure {
  const parsed = errorResponse.safeParse(body);
  const message = parsed.success ? parsed.data.error.message : `HTTP ${status}`;
  if (status >= 500 || status === 429 || status === 408)
    return { code: 'unavailable', message: SYNC_TEXT.unavailable(status), transient: true };
  if (status === 401) return { code: 'unauthorized', message: SYNC_TEXT.unauthorized, transient: false };
  if (status === 403) return { code: 'forbidden', message: SYNC_TEXT.forbidden, transient: false };
  if (status === 426) return { code: 'unsupported-version', message: SYNC_TEXT.unsupportedVersion, transient: false };
  return { code: 'rejected', message: SYNC_TEXT.rejected(status, message), transient: false };
}

/**
 * One request; answers with status and parsed JSON body for 2xx and for the
 * statuses the caller handles itself (`expected`), throws `SyncFailureError`
 * for everything else.
 */
export async function hqRequest(
  connection: HqConnection,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body: { readonly json: unknown } | { readonly jsonBytes: Buffer } | { readonly bytes: Buffer } | null,
  expected: readonly number[] = [],
): Promise<HqAnswer> {
  const headers: Record<string, string> = { authorization: `Bearer ${connection.token}`, [PROTOCOL_HEADER]: PROTOCOL_VERSION };
  let payload: string | Uint8Array<ArrayBuffer> | undefined;
  if (body !== null && !('bytes' in body)) {
    headers['content-type'] = 'application/json';
    // Bytes rather than a string: fetch would otherwise check the whole string as a USVString, a scan as costly as
    // the encoding itself on a push batch.
    const bytes = 'jsonBytes' in body ? body.jsonBytes : Buffer.from(JSON.stringify(body.json), 'utf8');
    payload = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  } else if (body !== null) {
    headers['content-type'] = 'application/octet-stream';
    // A view, not a copy; chunks are read into fresh (non-shared) buffers.
    payload = new Uint8Array(body.bytes.buffer as ArrayBuffer, body.bytes.byteOffset, body.bytes.byteLength);
  }
  const signal = AbortSignal.timeout(connection.timeoutMs);
  let response: Response;
  try {
    response = await fetch(new URL(path, connection.baseUrl), { method, headers, body: payload ?? null, signal });
  } catch (error) {
    if (signal.aborted) throw new SyncFailureError({ code: 'timeout', message: SYNC_TEXT.timeout, transient: true });
    const cause = causeText(error);
    // A certificate that does not verify will not verify on the next try either (and may be someone in between).
    if (/CERT|SELF_SIGNED|ERR_TLS/.test(cause))
      throw new SyncFailureError({ code: 'tls', message: SYNC_TEXT.tls(cause), transient: false });
    throw new SyncFailureError({ code: 'network', message: SYNC_TEXT.network(cause), transient: true });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await response.text());
  } catch {
    throw new SyncFailureError({ code: 'truncated-answer', message: SYNC_TEXT.truncated, transient: true });
  }
  if ((response.status >= 200 && response.status < 300) || expected.includes(response.status))
    return { status: response.status, body: parsed };
  throw new SyncFailureError(failureOf(response.status, parsed));
}

/**
 * A GET whose 2xx answer is bytes (`GET /v1/files/:sha256/content`, §14.6):
 * the body, and the headers. An answer cut short (fewer bytes than its
 * `content-length`) is a transient `truncated-answer`, as for JSON.
 */
export async function hqBytes(connection: HqConnection, path: string): Promise<{ readonly bytes: Buffer; readonly headers: Headers }> {
  const signal = AbortSignal.timeout(connection.timeoutMs);
  let response: Response;
  try {
    response = await fetch(new URL(path, connection.baseUrl), {
      headers: { authorization: `Bearer ${connection.token}`, [PROTOCOL_HEADER]: PROTOCOL_VERSION },
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw new SyncFailureError({ code: 'timeout', message: SYNC_TEXT.timeout, transient: true });
    throw new SyncFailureError({ code: 'network', message: SYNC_TEXT.network(causeText(error)), transient: true });
  }
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await response.arrayBuffer());
  } catch {
    throw new SyncFailureError({ code: 'truncated-answer', message: SYNC_TEXT.truncated, transient: true });
  }
  if (response.status >= 200 && response.status < 300) return { bytes, headers: response.headers };
  let body: unknown = null;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new SyncFailureError({ code: 'truncated-answer', message: SYNC_TEXT.truncated, transient: true });
  }
  throw new SyncFailureError(failureOf(response.status, body));
}
