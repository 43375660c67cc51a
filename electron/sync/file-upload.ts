import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { errorResponse, fileStatus, type FileStatus } from './protocol';
import { hqRequest, SyncFailureError, type HqConnection } from './hq-http';
import { SYNC_TEXT } from './sync-messages-tr';

/**
 * A file (form PDF, attachment) goes up in resumable chunks before the item
 * that names it (docs/sync-protocol.md §6): ask headquarters how much it
 * holds, send the rest from there. A chunk answered with `offset-mismatch`
 * tells where headquarters is; a lost answer is found out by the next status.
 */

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function statusOf(body: unknown): FileStatus {
  const parsed = fileStatus.safeParse(body);
  if (!parsed.success) throw new SyncFailureError({ code: 'truncated-answer', message: SYNC_TEXT.truncated, transient: true });
  return parsed.data;
}

export async function uploadFile(
  connection: HqConnection,
  file: { readonly path: string; readonly sha256: string; readonly sizeBytes: number; readonly label: string },
  chunkBytes: number,
): Promise<void> {
  const path = `/v1/files/${file.sha256}`;
  let status = statusOf((await hqRequest(connection, 'GET', path, null)).body);
  if (status.complete) return;
  const handle = await open(file.path, 'r');
  try {
    let offset = status.received;
    let restarts = 0;
    // do…while: an empty file is one empty chunk.
    do {
      const length = Math.min(chunkBytes, file.sizeBytes - offset);
      const bytes = Buffer.alloc(length);
      const { bytesRead } = await handle.read(bytes, 0, length, offset);
      if (bytesRead !== length)
        throw new SyncFailureError({ code: 'file-unreadable', message: SYNC_TEXT.fileUnreadable(file.path), transient: false });
      const answer = await hqRequest(connection, 'PUT', `${path}?offset=${offset}&size=${file.sizeBytes}`, { bytes }, [409, 422]);
      if (answer.status === 200) {
        status = statusOf(answer.body);
        if (status.complete) return;
        offset = status.received;
        continue;
      }
      const problem = errorResponse.safeParse(answer.body);
      const code = problem.success ? problem.data.error.code : '';
      if (answer.status === 409 && code === 'offset-mismatch' && problem.success && problem.data.error.received !== undefined) {
        offset = problem.data.error.received;
        continue;
      }
      if (answer.status === 422 && restarts === 0) {
        restarts += 1;
        offset = 0;
        continue;
      }
      const message = problem.success ? problem.data.error.message : `HTTP ${answer.status}`;
      throw new SyncFailureError({ code: 'file-upload', message: SYNC_TEXT.fileUpload(file.label, message), transient: false });
    } while (offset < file.sizeBytes);
  } finally {
    await handle.close();
  }
}
