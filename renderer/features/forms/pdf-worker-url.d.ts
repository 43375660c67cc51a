/** Vite's `?worker&url` import: the pdf.js worker bundled as a `.js` file of the renderer ('self' under the Content-Security-Policy). */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url' {
  const url: string;
  export default url;
}
