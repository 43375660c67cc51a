import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { KobiDatabase } from '../../../db/connection';

/**
 * Where the forms the app exports are kept: under the database's folder, in
 * `belgeler/<dosya no>/`, owner-only (folders 0700, files 0600). The path
 * stored in `documents.storage_path` is relative to the database's folder
 * (with `/`), which is where the sync client looks for the file it uploads
 * with the row. A file's name ends with the start of its SHA-256, so a
 * version is never overwritten by another.
 */

export const FORMS_FOLDER = 'belgeler';
const OWNER_ONLY_FOLDER = 0o700;
const OWNER_ONLY_FILE = 0o600;

export function documentsRoot(db: KobiDatabase): string {
  return dirname(db.path);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `belgeler/3/FRM.39.00.05_3-12_1a2b3c4d5e6f.pdf` */
export function formStoragePath(applicationId: number, baseName: string, sha256: string): string {
  return `${FORMS_FOLDER}/${applicationId}/${baseName.replace(/\.pdf$/, '')}_${sha256.slice(0, 12)}.pdf`;
}

async function ownerOnlyFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: OWNER_ONLY_FOLDER });
  await chmod(path, OWNER_ONLY_FOLDER);
}

/** Writes the file completely (`.part`, then renamed) before any row names it. */
export async function storeFormFile(root: string, storagePath: string, bytes: Uint8Array): Promise<void> {
  const path = resolve(root, storagePath);
  await ownerOnlyFolder(join(root, FORMS_FOLDER));
  await ownerOnlyFolder(dirname(path));
  await writeFile(`${path}.part`, bytes, { mode: OWNER_ONLY_FILE });
  await chmod(`${path}.part`, OWNER_ONLY_FILE);
  await rename(`${path}.part`, path);
}

/** The stored file's bytes, or `null` when it is missing or unreadable. */
export async function readFormFile(root: string, storagePath: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(resolve(root, storagePath)));
  } catch {
    return null;
  }
}
