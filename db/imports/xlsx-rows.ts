import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';
import { formatFileSize, INPUT_LIMITS } from './input-limits';
import type { TextRow } from './text-table';

/**
 * The rows of an .xlsx workbook, read as a stream with bounded memory
 * (issue 12 item 2).
 *
 * An .xlsx file is a ZIP of XML parts. The ZIP is read with yauzl, whose
 * central directory gives every part's unpacked size before anything is
 * inflated: a 4 MB file that unpacks to 400 MB is refused there, and a part
 * that unpacks to more than its directory entry says is stopped by yauzl's
 * size check while it streams. The XML parts go through saxes (a streaming,
 * non-validating parser without DTD or external entities), one row at a time
 * to the caller; only the shared-strings table is held in memory.
 *
 * Why not exceljs: `Workbook.xlsx.load` builds the whole workbook in memory
 * (a 100,000-row list took gigabytes), and its streaming reader writes each
 * worksheet that precedes the shared strings in the ZIP (as Excel orders
 * them) to an unencrypted temporary file: plaintext TCKNs on disk. What is
 * hand-written here is only the mapping of SpreadsheetML's few row and cell
 * elements to text.
 */

export type XlsxRowsResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Called once per sheet in workbook order; its `row` returns `false` to stop reading the sheet. */
export type XlsxSheetReader = {
  readonly row: (row: TextRow) => boolean;
  /** After the last row (or the stop): `true` when no further sheet should be read. */
  readonly done: () => boolean;
};

class XlsxFileError extends Error {
  override readonly name = 'XlsxFileError';
}

const CORRUPT = 'Excel dosyası okunamadı: dosya bozuk ya da .xlsx biçiminde değil.';

type Entries = ReadonlyMap<string, yauzl.Entry>;

async function readEntries(zip: yauzl.ZipFile): Promise<Entries> {
  const entries = new Map<string, yauzl.Entry>();
  let unpacked = 0;
  for await (const entry of zip.eachEntry()) {
    if (entries.size >= INPUT_LIMITS.maxXlsxEntries) {
      throw new XlsxFileError(`Excel dosyasında çok fazla parça var (en fazla ${INPUT_LIMITS.maxXlsxEntries.toLocaleString('tr-TR')}).`);
    }
    unpacked += entry.uncompressedSize;
    if (unpacked > INPUT_LIMITS.maxXlsxUnpackedBytes) {
      throw new XlsxFileError(
        `Excel dosyası açıldığında ${formatFileSize(INPUT_LIMITS.maxXlsxUnpackedBytes)} sınırını aşıyor ` +
          `(sıkıştırılmış veri olağan dışı büyüyor); dosya okunmadı. Listeyi daha küçük parçalara bölün ya da CSV olarak kaydedin.`,
      );
    }
    entries.set(entry.fileName, entry);
  }
  return entries;
}

/** Streams one XML part through saxes; a nesting deeper than the limit stops it. */
async function parsePart(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  handlers: {
    readonly open: (tag: SaxesTagPlain) => void;
    readonly text: (text: string) => void;
    readonly close: (name: string) => void;
    readonly stop?: () => boolean;
  },
): Promise<void> {
  const parser = new SaxesParser();
  let depth = 0;
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > INPUT_LIMITS.maxXmlDepth)
      throw new XlsxFileError(`Excel dosyasının XML öğeleri ${INPUT_LIMITS.maxXmlDepth} düzeyden derin.`);
    handlers.open(tag);
  });
  parser.on('text', handlers.text);
  parser.on('cdata', handlers.text);
  parser.on('closetag', (tag) => {
    depth -= 1;
    handlers.close(tag.name);
  });
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch {
    throw new XlsxFileError(CORRUPT);
  }
  stream.setEncoding('utf8');
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (handlers.stop?.() === true) {
        stream.destroy();
        return;
      }
    }
    parser.close();
  } catch (error) {
    stream.destroy();
    if (error instanceof XlsxFileError) throw error;
    throw new XlsxFileError(CORRUPT);
  }
}

/** Text of the elements named `textElement` inside each `item`, e.g. a shared string's runs (`<si><r><t>…`), phonetic runs left out. */
async function sharedStrings(zip: yauzl.ZipFile, entries: Entries): Promise<string[]> {
  const entry = entries.get('xl/sharedStrings.xml');
  if (entry === undefined) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  await parsePart(zip, entry, {
    open: (tag) => {
      if (tag.name === 'si') current = '';
      else if (tag.name === 'rPh') inPhonetic = true;
      else if (tag.name === 't' && !inPhonetic) inText = true;
    },
    text: (text) => {
      if (inText && current !== null) current += text;
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && current !== null) {
        strings.push(current);
        current = null;
      }
    },
  });
  return strings;
}

/** The worksheets' parts in the workbook's order (its `<sheet>` list through the relationships). */
async function worksheetParts(zip: yauzl.ZipFile, entries: Entries): Promise<string[]> {
  const workbook = entries.get('xl/workbook.xml');
  const relations = entries.get('xl/_rels/workbook.xml.rels');
  if (workbook === undefined || relations === undefined) throw new XlsxFileError(CORRUPT);
  const targets = new Map<string, string>();
  await parsePart(zip, relations, {
    open: (tag) => {
      const { Id: id, Target: target } = tag.attributes;
      if (tag.name === 'Relationship' && id !== undefined && target !== undefined) {
        targets.set(id, target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target)));
      }
    },
    text: () => undefined,
    close: () => undefined,
  });
  const parts: string[] = [];
  await parsePart(zip, workbook, {
    open: (tag) => {
      const relation = tag.attributes['r:id'];
      const target = relation === undefined ? undefined : targets.get(relation);
      if (tag.name === 'sheet' && target !== undefined && entries.has(target)) parts.push(target);
    },
    text: () => undefined,
    close: () => undefined,
  });
  return parts;
}

const COLUMN_LETTERS = /^([A-Z]{1,3})\d*$/;

/** `C7` → 2 (zero-based); `null` when the reference is missing or malformed. */
function columnIndex(reference: string | undefined): number | null {
  const letters = reference === undefined ? undefined : COLUMN_LETTERS.exec(reference)?.[1];
  if (letters === undefined) return null;
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** A cell's text as exceljs gave it: shared and inline strings as written, numbers as JavaScript prints them, booleans `true`/`false`. */
function cellText(type: string | undefined, value: string, inline: string, strings: readonly string[]): string {
  switch (type) {
    case 's':
      return strings[Number(value)] ?? '';
    case 'inlineStr':
      return inline;
    case 'b':
      return value === '1' ? 'true' : 'false';
    case 'str':
    case 'e':
      return value;
    default: {
      const number = Number(value);
      return value.trim() !== '' && Number.isFinite(number) ? String(number) : value;
    }
  }
}

/** Streams one worksheet's rows, with Excel's row numbers, to `reader.row`. */
async function readSheet(zip: yauzl.ZipFile, entry: yauzl.Entry, strings: readonly string[], reader: XlsxSheetReader): Promise<void> {
  let rowNumber = 0;
  let cells: string[] | null = null;
  let cell: { index: number; type: string | undefined; value: string; inline: string } | null = null;
  let reading: 'v' | 't' | null = null;
  let stopped = false;
  await parsePart(zip, entry, {
    open: (tag) => {
      switch (tag.name) {
        case 'row': {
          const declared = Number(tag.attributes.r);
          rowNumber = Number.isInteger(declared) && declared > rowNumber ? declared : rowNumber + 1;
          cells = [];
          break;
        }
        case 'c':
          if (cells !== null)
            cell = { index: columnIndex(tag.attributes.r) ?? cells.length, type: tag.attributes.t, value: '', inline: '' };
          break;
        case 'v':
          reading = 'v';
          break;
        case 't':
          reading = 't';
          break;
        default:
          break;
      }
    },
    text: (text) => {
      if (cell === null) return;
      if (reading === 'v') cell.value += text;
      else if (reading === 't') cell.inline += text;
    },
    close: (name) => {
      if (name === 'v' || name === 't') reading = null;
      else if (name === 'c' && cell !== null && cells !== null) {
        const text = cellText(cell.type, cell.value, cell.inline, strings);
        if (text !== '') {
          if (cell.index >= INPUT_LIMITS.maxImportColumns) {
            throw new XlsxFileError(
              `Excel satırı ${rowNumber}: ${INPUT_LIMITS.maxImportColumns}. sütundan sonra veri var; liste 13 sütundur.`,
            );
          }
          while (cells.length < cell.index) cells.push('');
          cells[cell.index] = text;
        }
        cell = null;
      } else if (name === 'row' && cells !== null) {
        if (!stopped && !reader.row({ row: rowNumber, cells })) stopped = true;
        cells = null;
      }
    },
    stop: () => stopped,
  });
}

/**
 * Every worksheet of the workbook in `bytes`, in workbook order, row by row
 * to the sheet readers `forSheet` makes, until one says it is done.
 */
export async function readXlsxRows(bytes: Uint8Array, forSheet: () => XlsxSheetReader): Promise<XlsxRowsResult> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true });
  } catch {
    return { ok: false, reason: CORRUPT };
  }
  try {
    const entries = await readEntries(zip);
    const parts = await worksheetParts(zip, entries);
    if (parts.length === 0) return { ok: false, reason: 'Excel dosyasında çalışma sayfası yok.' };
    const strings = await sharedStrings(zip, entries);
    for (const part of parts) {
      const entry = entries.get(part);
      if (entry === undefined) continue;
      const reader = forSheet();
      await readSheet(zip, entry, strings, reader);
      if (reader.done()) break;
    }
    return { ok: true };
  } catch (error) {
    if (error instanceof XlsxFileError) return { ok: false, reason: error.message };
    return { ok: false, reason: CORRUPT };
  } finally {
    zip.close();
  }
}
