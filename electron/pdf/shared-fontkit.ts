import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * fontkit with the parsed fonts kept: pdf-lib parses the TrueType file again
 * for every document it embeds it in (DejaVu Sans is 750 KB, the parse is
 * most of a form's time). A parsed font is only read when a document builds
 * its subset, so one parse per font file serves every form of the process.
 */
const parsed = new Map<Uint8Array, ReturnType<Fontkit['create']>>();

export const sharedFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string) {
    let font = postscriptName === undefined ? parsed.get(buffer) : undefined;
    if (font === undefined) {
      font = fontkit.create(buffer, postscriptName);
      if (postscriptName === undefined) parsed.set(buffer, font);
    }
    return font;
  },
};
