/**
 * Delimited text files as users bring them from SGK and Excel: reading the
 * bytes into text and the text into rows.
 */

/** The encodings a Turkish office PC produces, found by byte order mark or by trying strict UTF-8 first. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'windows-1254';

export type DecodedText = { readonly text: string; readonly encoding: TextEncodingName };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * UTF-8 with or without BOM; UTF-16 LE with its BOM (Excel's "Unicode metin");
 * otherwise Windows-1254 (Excel's "CSV" on a Turkish Windows). The fallback is
 * chosen when strict UTF-8 decoding fails: Windows-1254 Turkish letters are
 * single bytes ≥ 0x80 (e.g. `ı` = 0xFD, `ş` = 0xFE) that never form valid
 * UTF-8 sequences in ordinary text, so the test is cheap and does not guess.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, UTF8_BOM))
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(UTF8_BOM.length)), encoding: 'utf-8' };
  if (startsWith(bytes, UTF16LE_BOM))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(UTF16LE_BOM.length)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1254').decode(bytes), encoding: 'windows-1254' };
  }
}

export type TextReadResult = ({ readonly ok: true } & DecodedText) | { readonly ok: false; readonly reason: string };

const UTF16BE_BOM = [0xfe, 0xff] as const;
const UTF32LE_BOM = [0xff, 0xfe, 0x00, 0x00] as const;
const UTF32BE_BOM = [0x00, 0x00, 0xfe, 0xff] as const;
/** Bytes Windows-1254 leaves undefined: in a file read as Windows-1254 they are stray bytes, not letters. */
const UNDEFINED_IN_WINDOWS_1254 = new Set([0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e]);
const REPLACEMENT = '\uFFFD';
const NOT_ASCII_OR_REPLACEMENT = /[\u0080-\uFFFC\uFFFE\uFFFF]/;

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

const SAVE_AS = 'Dosyayı Excel\'de "CSV UTF-8" ya da "Unicode metin" olarak yeniden kaydedin.';

/**
 * `decodeText` that says when the bytes are in no encoding it reads (issue 12
 * item 4), instead of decoding them as Windows-1254 regardless:
 * - UTF-16 BE and UTF-32 (by their byte order marks), and UTF-16 without a
 *   mark (NUL bytes in the text), are named as such;
 * - a file that is UTF-8 (it has valid multi-byte letters) but holds a byte
 *   that is not, is a stray byte, reported with its line and value;
 * - a byte Windows-1254 leaves undefined is a stray byte too.
 */
export function readText(bytes: Uint8Array): TextReadResult {
  if (startsWith(bytes, UTF32LE_BOM) || startsWith(bytes, UTF32BE_BOM)) {
    return { ok: false, reason: `Dosya UTF-32 kodlamasında; bu kodlama okunmuyor. ${SAVE_AS}` };
  }
  if (startsWith(bytes, UTF16BE_BOM)) return { ok: false, reason: `Dosya UTF-16 BE kodlamasında; bu kodlama okunmuyor. ${SAVE_AS}` };
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF8_BOM)) {
    try {
      return { ok: true, ...decodeText(bytes) };
    } catch {
      return { ok: false, reason: `Dosyanın kodlaması bozuk: başındaki bayt sırası işaretine (BOM) uymayan baytlar var. ${SAVE_AS}` };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `Dosyada NUL (0x00) baytları var: BOM'suz UTF-16 ya da metin olmayan bir dosya olabilir. ${SAVE_AS}` };
  }
  const lenient = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const firstInvalid = lenient.indexOf(REPLACEMENT);
  if (firstInvalid === -1) return { ok: true, text: lenient, encoding: 'utf-8' };
  if (NOT_ASCII_OR_REPLACEMENT.test(lenient)) {
    const offset = Buffer.byteLength(lenient.slice(0, firstInvalid), 'utf8');
    return {
      ok: false,
      reason: `Dosya UTF-8 ama ${lineOf(lenient, firstInvalid)}. satırda UTF-8 olmayan bir bayt var (${hex(bytes[offset] ?? 0)}); dosya iki kodlamayla karışık kaydedilmiş olabilir. ${SAVE_AS}`,
    };
  }
  const text = new TextDecoder('windows-1254').decode(bytes);
  const stray = bytes.findIndex((byte) => UNDEFINED_IN_WINDOWS_1254.has(byte));
  if (stray !== -1) {
    return {
      ok: false,
      reason: `Dosyanın kodlaması tanınmadı: ${lineOf(text, new TextDecoder('windows-1254').decode(bytes.subarray(0, stray)).length)}. satırda Windows-1254'te tanımsız bir bayt var (${hex(bytes[stray] ?? 0)}). ${SAVE_AS}`,
    };
  }
  return { ok: true, text, encoding: 'windows-1254' };
}

/** One record of a delimited file; `row` is the line on which the record starts (first line = 1). */
export type TextRow = { readonly row: number; readonly cells: readonly string[] };

export type Delimiter = ';' | ',' | '\t';

const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];

function count(text: string, character: string): number {
  let total = 0;
  for (const each of text) if (each === character) total += 1;
  return total;
}

/** The delimiters a service list may use, most likely first. */
export const TEXT_DELIMITERS: readonly Delimiter[] = DELIMITERS;

/** The delimiter of the first line: SGK and Turkish Excel write `;`, "Unicode metin" writes tabs. A guess; the SGK import tries each (db/imports/sgk-service-list.ts). */
export function detectDelimiter(text: string): Delimiter {
  const newline = text.indexOf('\n');
  const header = newline === -1 ? text : text.slice(0, newline);
  let best: Delimiter = ';';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const found = count(header, delimiter);
    if (found > bestCount) {
      best = delimiter;
      bestCount = found;
    }
  }
  return best;
}

export type TextTable = { readonly rows: readonly TextRow[]; readonly unterminatedQuoteRow: number | null };

/**
 * RFC 4180 with a chosen delimiter: double quotes enclose a cell that may hold
 * the delimiter, line breaks and doubled quotes. Blank lines are skipped but
 * (as are lines of bare delimiters that Excel leaves after the data) but
 * still counted, so row numbers stay the line numbers a user sees. A quote
 * left open at the end of the file is reported with the row it opened in.
 */
export function parseDelimited(text: string, delimiter: Delimiter): TextTable {
  const rows: TextRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowStart = 1;
  let quoted = false;
  let quoteOpenedOn = 0;

  const endRow = (): void => {
    cells.push(cell);
    if (cells.some((each) => each.trim() !== '')) rows.push({ row: rowStart, cells });
    cells = [];
    cell = '';
  };

  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"') {
        if (text.charAt(index + 1) === '"') {
          cell += '"';
          index += 1;
        } else {
          quoted = false;
        }
      } else {
        if (character === '\n') line += 1;
        cell += character;
      }
      continue;
    }
    if (character === '"' && cell === '') {
      quoted = true;
      quoteOpenedOn = line;
    } else if (character === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text.charAt(index + 1) === '\n') index += 1;
      endRow();
      line += 1;
      rowStart = line;
    } else {
      cell += character;
    }
  }
  if (quoted) return { rows, unterminatedQuoteRow: quoteOpenedOn };
  endRow();
  return { rows, unterminatedQuoteRow: null };
}
