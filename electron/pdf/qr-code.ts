import { create } from 'qrcode';
import type { PDFPage } from 'pdf-lib';
import { fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingGrayscaleColor } from 'pdf-lib';

/**
 * The QR code of a form: `KOBIDOSYA|1|<document id>|<SHA-256 of the attached data>`. Drawn as
 * vector squares (one rectangle per run of dark modules), so it prints sharp at any size.
 */
export function qrPayload(documentId: string, dataSha256: string): string {
  return `KOBIDOSYA|1|${documentId}|${dataSha256}`;
}

export function parseQrPayload(payload: string): { readonly documentId: string; readonly dataSha256: string } | null {
  const match = /^KOBIDOSYA\|1\|([^|]+)\|([0-9a-f]{64})$/.exec(payload);
  return match?.[1] === undefined || match[2] === undefined ? null : { documentId: match[1], dataSha256: match[2] };
}

export function drawQrCode(page: PDFPage, payload: string, x: number, y: number, size: number): void {
  const code = create(payload, { errorCorrectionLevel: 'M' });
  const count = code.modules.size;
  const quiet = 2;
  const module = size / (count + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  // One path of rectangles filled once: a drawRectangle per run would write ten operators for each.
  const operators = [pushGraphicsState(), setFillingGrayscaleColor(0)];
  for (let row = 0; row < count; row += 1) {
    let start = -1;
    for (let column = 0; column <= count; column += 1) {
      const dark = column < count && code.modules.get(row, column) === 1;
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        operators.push(rectangle(x + (quiet + start) * module, y + size - (quiet + row + 1) * module, (column - start) * module, module));
        start = -1;
      }
    }
  }
  operators.push(fill(), popGraphicsState());
  page.pushOperators(...operators);
}
