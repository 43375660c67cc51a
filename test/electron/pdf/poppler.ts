import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** The real PDF tools the form tests read their output back with (poppler-utils, openssl). */

function withFile<T>(bytes: Uint8Array, work: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'kobi-dosya-pdf-'));
  try {
    const path = join(dir, 'form.pdf');
    writeFileSync(path, bytes);
    return work(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (path) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
}

export function pdfInfo(bytes: Uint8Array): string {
  return withFile(bytes, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
}

export function pdfImages(bytes: Uint8Array): string {
  return withFile(bytes, (path) => execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }));
}

/** pdfsig's report; it exits non-zero for a broken signature, so the status is returned, not thrown. */
export function pdfSig(bytes: Uint8Array, nssDir: string): { readonly status: number | null; readonly output: string } {
  return withFile(bytes, (path) => {
    const result = spawnSync('pdfsig', ['-nssdir', `sql:${nssDir}`, path], { encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  });
}

/** One page rendered by pdftoppm, decoded. */
export function renderPage(bytes: Uint8Array, page: number, dpi: number): PNG {
  return withFile(bytes, (path, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, join(dir, 'page')]);
    return PNG.sync.read(readFileSync(join(dir, 'page.png')));
  });
}

/** Share of pixels whose grey level differs by more than `threshold` (0–255); 1 when the sizes differ. */
export function pixelDifference(a: PNG, b: PNG, threshold = 64): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let index = 0; index < a.data.length; index += 4) {
    const grey = (data: Buffer) => ((data[index] ?? 0) + (data[index + 1] ?? 0) + (data[index + 2] ?? 0)) / 3;
    if (Math.abs(grey(a.data) - grey(b.data)) > threshold) differing += 1;
  }
  return differing / (a.width * a.height);
}

/** Length of the DER element at the start of `bytes` (the CMS is followed by zero padding). */
function derLength(bytes: Buffer): number {
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  let length = 0;
  for (let index = 0; index < count; index += 1) length = length * 256 + (bytes[2 + index] ?? 0);
  return 2 + count + length;
}

/** The CMS of every signature and the bytes each signs, cut out by its /ByteRange. */
export function signatureParts(bytes: Uint8Array): { readonly cms: Buffer; readonly signed: Buffer }[] {
  const text = Buffer.from(bytes).toString('latin1');
  return [...text.matchAll(/\/ByteRange \[ (\d+) (\d+) (\d+) (\d+) *\]/g)].map((match) => {
    const [start, length, second, secondLength] = match.slice(1, 5).map(Number) as [number, number, number, number];
    const padded = Buffer.from(text.slice(start + length + 1, second - 1), 'hex');
    return {
      cms: padded.subarray(0, derLength(padded)),
      signed: Buffer.concat([
        Buffer.from(bytes.subarray(start, start + length)),
        Buffer.from(bytes.subarray(second, second + secondLength)),
      ]),
    };
  });
}

/** `openssl cms -verify` of a detached CMS against the CA; returns openssl's status and messages. */
export function opensslVerify(
  part: { readonly cms: Buffer; readonly signed: Buffer },
  caPem: string,
): { readonly status: number | null; readonly output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kobi-dosya-cms-'));
  try {
    writeFileSync(join(dir, 'sig.der'), part.cms);
    writeFileSync(join(dir, 'data.bin'), part.signed);
    const result = spawnSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        'sig.der',
        '-content',
        'data.bin',
        '-CAfile',
        caPem,
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A drawn signature as a signature pad would give it: a dark stroke on a transparent 240×80 PNG. */
export function drawnSignaturePng(seed: number): Uint8Array {
  const png = new PNG({ width: 240, height: 80 });
  for (let x = 10; x < 230; x += 1) {
    const y = Math.round(40 + 22 * Math.sin((x + seed * 17) / (14 + seed)) * Math.cos(x / 37));
    for (let dy = -1; dy <= 1; dy += 1) {
      const index = ((y + dy) * png.width + x) * 4;
      png.data[index] = 20;
      png.data[index + 1] = 30;
      png.data[index + 2] = 120;
      png.data[index + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(png));
}
