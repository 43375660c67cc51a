/**
 * Draws a PDF's pages into canvases with pdf.js, loaded only when a preview
 * opens. Fonts are drawn as paths (`disableFontFace`) and nothing is
 * evaluated (`isEvalSupported: false`), so the app's Content-Security-Policy
 * stays as it is; the worker is a file of the renderer.
 */
export type PdfPage = { readonly canvas: HTMLCanvasElement; readonly width: number; readonly height: number };

const CSS_PIXELS_PER_POINT = 96 / 72;

export async function renderPdfPages(bytes: Uint8Array, cssWidth: number): Promise<PdfPage[]> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker&url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const document = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const natural = page.getViewport({ scale: CSS_PIXELS_PER_POINT });
      const scale = (cssWidth / natural.width) * CSS_PIXELS_PER_POINT;
      const ratio = window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      pages.push({ canvas, width: viewport.width / ratio, height: viewport.height / ratio });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

export function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
