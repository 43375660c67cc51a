import { createHash } from 'node:crypto';

/** The SHA-256 of a file's bytes, in hex: what makes an import idempotent (`import_batches.file_sha256`). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
