import { PdfSignatureError, signPdf } from '../../pdf/signing/pdf-signature';
import { CliError, type CommandResult } from '../command';
import { parseCommandArgs, requireOption } from '../database-options';
import { readInputFile, signerFromOptions, writeWhole } from '../form-command-options';

const USAGE =
  'sign-pdf <F.pdf> --p12 <dosya> --passphrase-env <DEĞİŞKEN> [--out <G.pdf>] [--field Hazirlayan|Onaylayan|Izleyici] [--reason "metin"] [--location "yer"]';

/**
 * `sign-pdf`: adds a PAdES signature to the next empty signature field (or
 * `--field`) by an incremental update, so earlier signatures stay valid: the
 * müdür countersigns a form the preparer signed. Without `--out` the file is
 * signed in place (written whole, then renamed).
 */
export async function signPdfCommand(args: readonly string[]): Promise<CommandResult> {
  const parsed = parseCommandArgs(USAGE, args, ['p12', 'passphrase-env', 'out', 'field', 'reason', 'location'], { min: 1, max: 1 });
  const input = parsed.positionals[0] ?? '';
  requireOption(parsed, 'p12', USAGE);
  const signer = await signerFromOptions(parsed, USAGE);
  if (signer === undefined) throw new CliError(`--p12 seçeneği gerekli.\nKullanım: ${USAGE}`);
  const { field, reason, location } = parsed.options;
  const out = parsed.options.out ?? input;
  let signed: Uint8Array;
  try {
    signed = await signPdf(readInputFile(input, 'PDF dosyası'), signer, {
      signedAt: new Date(),
      ...(field === undefined ? {} : { field }),
      ...(reason === undefined ? {} : { reason }),
      ...(location === undefined ? {} : { location }),
    });
  } catch (error) {
    if (error instanceof PdfSignatureError) {
      process.stderr.write(`Hata: ${error.message}\n`);
      return { output: '', exitCode: 1 };
    }
    throw new CliError(`PDF imzalanamadı: ${error instanceof Error ? error.message : String(error)}`);
  }
  await writeWhole(out, signed);
  return { output: `${out}: imzalandı`, exitCode: 0 };
}
