import { readFileSync } from 'node:fs';

/**
 * DejaVu Sans (electron/pdf/fonts/, Bitstream Vera licence): the 14 standard
 * PDF fonts have no ğ ş ı İ, so every form embeds a subset of this TrueType font.
 * Read once per process.
 */
export type FontFiles = { readonly regular: Uint8Array; readonly bold: Uint8Array };

let cached: FontFiles | undefined;

export function formFonts(): FontFiles {
  cached ??= {
    regular: readFileSync(new URL('./fonts/DejaVuSans.ttf', import.meta.url)),
    bold: readFileSync(new URL('./fonts/DejaVuSans-Bold.ttf', import.meta.url)),
  };
  return cached;
}
