import { readFileSync, statSync } from 'node:fs';
import { formatFileSize, INPUT_LIMITS } from '../../db/imports/input-limits';

/**
 * A scenario file as `scenarios` and `explain` read it (issue 12 items 2 and
 * 4): a regular file of at most 2 MB (checked before it is read), UTF-8, with
 * a byte order mark accepted (Windows Notepad writes one) and removed.
 */
export type ScenarioFileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const BYTE_ORDER_MARK = '\uFEFF';

export function readScenarioFile(path: string): ScenarioFileText {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, message: `Dosya normal bir dosya değil: ${path}` };
    size = stat.size;
  } catch {
    return { ok: false, message: `Dosya okunamadı: ${path}` };
  }
  if (size > INPUT_LIMITS.maxScenarioBytes) {
    return {
      ok: false,
      message: `Dosya çok büyük: ${path} (${formatFileSize(size)}; bir senaryo dosyası en fazla ${formatFileSize(INPUT_LIMITS.maxScenarioBytes)} olabilir).`,
    };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, message: `Dosya okunamadı: ${path}` };
  }
  return { ok: true, text: text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text };
}
