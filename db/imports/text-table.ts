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

/** One record of a delimited file; `row` is the line on which the record starts (first line = 1). */
export type TextRow = { readonly row: number; readonly cells: readonly string[] };

export type Delimiter = ';' | ',' | '\t';

const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];

function count(text: string, character: string): number {
  let total = 0;
  for (const each of text) if (each === character) total += 1;
  return total;
}

/** The delimiter of the header line: SGK and Turkish Excel write `;`, "Unicode metin" writes tabs. */
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
