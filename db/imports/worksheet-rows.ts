import ExcelJS, { type CellValue } from 'exceljs';

/**
 * The rows of an .xlsx workbook as an import reads them: one list per worksheet, each row with Excel's row number and
 * its cells. A number cell stays a number (its text would lose whether `4.500` was four and a half or four thousand
 * five hundred); every other cell is its text.
 */
export type WorksheetCell = string | number;
export type WorksheetRow = { readonly row: number; readonly cells: readonly WorksheetCell[] };

export type WorkbookRows =
  { readonly ok: true; readonly sheets: readonly (readonly WorksheetRow[])[] } | { readonly ok: false; readonly reason: string };

function cellValue(value: CellValue): WorksheetCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return value.result === undefined ? '' : cellValue(value.result);
}

export async function readWorkbookRows(bytes: Uint8Array): Promise<WorkbookRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its argument as an ArrayBuffer (JSZip reads either); a copy gives one of exactly the file.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return { ok: false, reason: 'Excel dosyası okunamadı: dosya bozuk ya da .xlsx biçiminde değil.' };
  }
  const sheets = workbook.worksheets.map((worksheet) => {
    const rows: WorksheetRow[] = [];
    worksheet.eachRow((row, rowNumber) => {
      const cells: WorksheetCell[] = [];
      for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellValue(row.getCell(column).value));
      rows.push({ row: rowNumber, cells });
    });
    return rows;
  });
  return sheets.length === 0 ? { ok: false, reason: 'Excel dosyasında çalışma sayfası yok.' } : { ok: true, sheets };
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;

/** An .xlsx file is a ZIP archive; anything else is read as delimited text. */
export function isZipArchive(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}
