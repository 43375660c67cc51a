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

/**
 * OpenType features switched off when pdf-lib lays text out: Turkish text
 * needs no ligatures or contextual forms (a ligature would also hide "fi" from
 * text extraction), pdf-lib does not apply kerning positions when it draws, and
 * fontkit's substitution passes were most of a form's layout time.
 */
export const PLAIN_TEXT_FEATURES: Readonly<Record<string, boolean>> = Object.fromEntries(
  [
    'rvrn',
    'ltra',
    'ltrm',
    'frac',
    'numr',
    'dnom',
    'ccmp',
    'locl',
    'rlig',
    'mark',
    'mkmk',
    'calt',
    'clig',
    'liga',
    'rclt',
    'curs',
    'kern',
  ].map((tag) => [tag, false]),
);
