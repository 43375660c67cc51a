import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';

/**
 * Hand-written layout on pdf-lib's drawing primitives (pdf-lib draws, it does
 * not flow text): A4 pages, wrapped text, ruled tables whose rows move to the
 * next page whole with the header row repeated. Coordinates are PDF points,
 * origin bottom left.
 */

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 36, right: 36, top: 36, bottom: 44 } as const;
/** Height of the header band drawn on every page (institution, title, form code, page number). */
export const HEADER_HEIGHT = 54;
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

export const INK = rgb(0, 0, 0);
export const RULE = rgb(0.35, 0.35, 0.35);
export const SHADE = rgb(0.88, 0.88, 0.88);
export const LIGHT_SHADE = rgb(0.95, 0.95, 0.95);

export type Fonts = { readonly regular: PDFFont; readonly bold: PDFFont };

export type Cell = {
  readonly text: string;
  readonly bold?: boolean;
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly fill?: RGB;
};

const CELL_PADDING = 3;
const LINE_GAP = 1.25;

/**
 * Advance widths by font name (the embedded name, `DejaVuSans` / `DejaVuSans-Bold`, is the same font file in
 * every document), so each character is measured once per process rather than once per form.
 */
const ADVANCES = new Map<string, Map<string, number>>();

/**
 * Text width as the sum of the characters' advance widths, each measured once
 * per font and process. pdf-lib's own `widthOfTextAtSize` runs fontkit's full OpenType
 * layout on every call (most of a form's time when wrapping text word by
 * word); pdf-lib draws glyphs by their advances without kerning, so the sum
 * is also what the page shows.
 */
export function textWidth(text: string, font: PDFFont, size: number): number {
  let advances = ADVANCES.get(font.name);
  if (advances === undefined) {
    advances = new Map();
    ADVANCES.set(font.name, advances);
  }
  let total = 0;
  for (const character of text) {
    let advance = advances.get(character);
    if (advance === undefined) {
      advance = font.widthOfTextAtSize(character, 1000);
      advances.set(character, advance);
    }
    total += advance;
  }
  return (total * size) / 1000;
}

/** Break text into lines that fit `width`; a word longer than the line is cut by characters. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, font, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      let rest = word;
      while (textWidth(rest, font, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && textWidth(rest.slice(0, cut), font, size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export class FormLayout {
  readonly pages: PDFPage[] = [];
  private page: PDFPage;
  /** Top of the free space on the current page. */
  private cursor = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
  }

  get currentPage(): PDFPage {
    return this.page;
  }

  get y(): number {
    return this.cursor;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(page);
    this.page = page;
    this.cursor = A4.height - MARGIN.top - HEADER_HEIGHT - 10;
    return page;
  }

  /** Start a new page unless `height` fits below the cursor. */
  ensureSpace(height: number): void {
    if (this.cursor - height < MARGIN.bottom) this.newPage();
  }

  moveDown(height: number): void {
    this.cursor -= height;
  }

  lineHeight(size: number): number {
    return size * LINE_GAP;
  }

  cellHeight(cell: Cell, width: number): number {
    const size = cell.size ?? 8;
    const font = cell.bold === true ? this.fonts.bold : this.fonts.regular;
    return wrapText(cell.text, font, size, width - 2 * CELL_PADDING).length * this.lineHeight(size) + 2 * CELL_PADDING;
  }

  drawCell(page: PDFPage, cell: Cell, x: number, top: number, width: number, height: number): void {
    const size = cell.size ?? 8;
    const font = cell.bold === true ? this.fonts.bold : this.fonts.regular;
    page.drawRectangle({
      x,
      y: top - height,
      width,
      height,
      borderColor: RULE,
      borderWidth: 0.5,
      ...(cell.fill === undefined ? {} : { color: cell.fill }),
    });
    let baseline = top - CELL_PADDING - size * 0.9;
    for (const line of wrapText(cell.text, font, size, width - 2 * CELL_PADDING)) {
      const lineWidth = textWidth(line, font, size);
      const align = cell.align ?? 'left';
      const left =
        align === 'left' ? x + CELL_PADDING : align === 'right' ? x + width - CELL_PADDING - lineWidth : x + (width - lineWidth) / 2;
      page.drawText(line, { x: left, y: baseline, size, font, color: INK });
      baseline -= this.lineHeight(size);
    }
  }

  /** One table row at the cursor (moving to a new page first when it does not fit); returns the row height. */
  row(cells: readonly Cell[], widths: readonly number[], repeatHeader?: { cells: readonly Cell[]; widths: readonly number[] }): number {
    const height = Math.max(...cells.map((cell, index) => this.cellHeight(cell, widths[index] ?? 0)));
    if (this.cursor - height < MARGIN.bottom) {
      this.newPage();
      if (repeatHeader !== undefined) this.row(repeatHeader.cells, repeatHeader.widths);
    }
    let x = MARGIN.left;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      this.drawCell(this.page, cell, x, this.cursor, width, height);
      x += width;
    });
    this.cursor -= height;
    return height;
  }

  /** A section title bar, kept on the same page as at least `keepWith` points of what follows. */
  sectionTitle(title: string, keepWith = 40): void {
    this.moveDown(6);
    const cell: Cell = { text: title, bold: true, size: 9, fill: SHADE };
    this.ensureSpace(this.cellHeight(cell, CONTENT_WIDTH) + keepWith);
    this.row([cell], [CONTENT_WIDTH]);
  }

  /** Wrapped text at the cursor across the content width. */
  paragraph(text: string, size = 8, bold = false): void {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    for (const line of wrapText(text, font, size, CONTENT_WIDTH - 2 * CELL_PADDING)) {
      this.ensureSpace(this.lineHeight(size));
      this.page.drawText(line, { x: MARGIN.left + CELL_PADDING, y: this.cursor - size, size, font, color: INK });
      this.cursor -= this.lineHeight(size);
    }
  }
}
