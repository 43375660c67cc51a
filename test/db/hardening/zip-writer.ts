import { Readable } from 'node:stream';
import { buffer as collect } from 'node:stream/consumers';
import { constants, crc32, createDeflateRaw } from 'node:zlib';

/**
 * A minimal ZIP writer for hostile test files: a part can be any size
 * (generated chunk by chunk, never held whole) and its central-directory
 * entry can state a size other than the real one, which no ZIP library
 * writes on purpose. Deflate comes from node:zlib.
 */
export type ZipPart = {
  readonly name: string;
  /** The part's bytes, chunk by chunk. */
  readonly chunks: () => Iterable<Buffer>;
  /** The unpacked size the ZIP states (defaults to the real one). */
  readonly statedSize?: number;
};

function header(fields: readonly [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((sum, [, size]) => sum + size, 0));
  let offset = 0;
  for (const [value, size] of fields) {
    if (size === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value, offset);
    offset += size;
  }
  return buffer;
}

export async function zipParts(parts: readonly ZipPart[]): Promise<Uint8Array> {
  const files: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    let size = 0;
    let crc = 0;
    const chunks = part.chunks();
    const source = Readable.from(
      (function* measured(): Generator<Buffer> {
        for (const chunk of chunks) {
          size += chunk.length;
          crc = crc32(chunk, crc);
          yield chunk;
        }
      })(),
    );
    const compressed = await collect(source.pipe(createDeflateRaw({ level: constants.Z_BEST_SPEED })));
    const name = Buffer.from(part.name, 'utf8');
    const stated = part.statedSize ?? size;
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0, 2],
      [8, 2],
      [0, 2],
      [0x21, 2],
      [crc >>> 0, 4],
      [compressed.length, 4],
      [stated, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = Buffer.concat([header([[0x04034b50, 4], ...common]), name, compressed]);
    directory.push(Buffer.concat([header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), name]));
    files.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(directory);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [parts.length, 2],
    [parts.length, 2],
    [central.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return new Uint8Array(Buffer.concat([...files, central, end]));
}

function text(value: string): () => Iterable<Buffer> {
  return () => [Buffer.from(value, 'utf8')];
}

/** The parts of a one-sheet workbook whose sheet XML is `sheet` (rows of inline strings and numbers). */
export function workbookParts(sheet: Omit<ZipPart, 'name'>): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Liste" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
  ];
}

/** One `<row>` of inline strings (text) and numbers. */
export function sheetRow(rowNumber: number, cells: readonly (string | number)[]): string {
  const inner = cells
    .map((value) =>
      typeof value === 'number'
        ? `<c><v>${value}</v></c>`
        : `<c t="inlineStr"><is><t>${value.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</t></is></c>`,
    )
    .join('');
  return `<row r="${rowNumber}">${inner}</row>`;
}

export const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_END = '</sheetData></worksheet>';
