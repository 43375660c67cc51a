import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DEFAULT_DOWNLOAD_BYTES, FILE_SIZE_HEADER } from './protocol';
import { fileSha256 } from './file-upload';
import { hqBytes, SyncFailureError, type HqConnection } from './hq-http';
import { REPLICATION_TEXT } from './replication-messages-tr';

/**
 * A file another PC of the müdürlük uploaded, brought to this PC
 * (docs/sync-protocol.md §14.6): its bytes come in slices
 * (`GET /v1/files/:sha256/content?offset=N`) into `<target>.part`, which a
 * later round continues where it ends; the whole is checked against its
 * SHA-256, flushed to disk, made owner-only and only then renamed to the
 * target, and the folder flushed — so the file a row names is either absent
 * or complete and verified, never half. A file that does not verify is
 * removed and fetched again from the start next time.
 */
export type RemoteFile = {
  readonly sha256: string;
  readonly sizeBytes: number;
  /** Absolute path the row's `storage_path` names on this PC. */
  readonly target: string;
};

const OWNER_ONLY_FOLDER = 0o700;
const OWNER_ONLY_FILE = 0o600;

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

/** Flush a folder's entries (the rename) to disk. */
async function syncFolder(path: string): Promise<void> {
  const folder = await open(path, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** A slice request is a read: a transient failure is asked again at once (a few times) before the file waits for the next round. */
const SLICE_ATTEMPTS = 3;

async function sliceAt(connection: HqConnection, sha256: string, offset: number, length: number): ReturnType<typeof hqBytes> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await hqBytes(connection, `/v1/files/${sha256}/content?offset=${offset}&length=${length}`);
    } catch (error) {
      if (!(error instanceof SyncFailureError) || !error.failure.transient || attempt >= SLICE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function fetchInto(connection: HqConnection, file: RemoteFile, part: string, sliceBytes: number): Promise<void> {
  let offset = (await sizeOf(part)) ?? 0;
  // A part longer than the file is not a beginning of it.
  if (offset > file.sizeBytes) {
    await rm(part, { force: true });
    offset = 0;
  }
  const handle = await open(part, 'a', OWNER_ONLY_FILE);
  try {
    while (offset < file.sizeBytes) {
      const { bytes, headers } = await sliceAt(connection, file.sha256, offset, sliceBytes);
      const announced = Number(headers.get(FILE_SIZE_HEADER));
      if (announced !== file.sizeBytes)
        throw new SyncFailureError({
          code: 'file-download',
          message: REPLICATION_TEXT.fileSize(file.sizeBytes, announced),
          transient: false,
        });
      if (bytes.length === 0 || offset + bytes.length > file.sizeBytes)
        throw new SyncFailureError({ code: 'truncated-answer', message: REPLICATION_TEXT.fileShort, transient: true });
      await handle.appendFile(bytes);
      offset += bytes.length;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function downloadFile(connection: HqConnection, file: RemoteFile, sliceBytes = DEFAULT_DOWNLOAD_BYTES): Promise<void> {
  const part = `${file.target}.part`;
  await mkdir(dirname(file.target), { recursive: true, mode: OWNER_ONLY_FOLDER });
  await fetchInto(connection, file, part, sliceBytes);
  if ((await fileSha256(part)) !== file.sha256) {
    await rm(part, { force: true });
    throw new SyncFailureError({ code: 'file-hash-mismatch', message: REPLICATION_TEXT.fileHash, transient: true });
  }
  await chmod(part, OWNER_ONLY_FILE);
  await rename(part, file.target);
  await syncFolder(dirname(file.target));
}
