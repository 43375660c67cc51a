import { FORM_CODES } from '../../services/forms/form-catalogue';
import { createFormsService } from '../../services/forms/forms-service';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, requireOption } from '../database-options';
import { positiveId, readInputFile, signerFromOptions, withCliDatabaseAsync, writeWhole } from '../form-command-options';

const USAGE = [
  'export-form --db <dosya> --form <KOD> --case <ID> [--request <ID>] [--visit <ID>] --out <F.pdf>',
  '            [--p12 <dosya> --passphrase-env <DEĞİŞKEN>] [--preparer "Ad Soyad"] [--approver "Ad Soyad"]',
  '            [--representative "Ad Soyad"] [--monitor-signature <F.png>] [--representative-signature <F.png>] [--key-file <dosya>]',
  `   (form kodları: ${FORM_CODES.join(', ')}; anahtar: --key-file ya da ${DATABASE_KEY_ENV})`,
].join('\n');

const OPTIONS = [
  'db',
  'key-file',
  'form',
  'case',
  'request',
  'visit',
  'out',
  'p12',
  'passphrase-env',
  'preparer',
  'approver',
  'representative',
  'monitor-signature',
  'representative-signature',
] as const;

/**
 * `export-form`: one programme form of a case as a PDF (with `--p12`, signed
 * by the preparer at once). A form that needs a payment request takes the
 * case's latest approved one when `--request` is absent. A case the form does
 * not fit is a Turkish error and exit status 1.
 */
export async function exportFormCommand(args: readonly string[]): Promise<CommandResult> {
  const parsed = parseCommandArgs(USAGE, args, OPTIONS);
  const form = requireOption(parsed, 'form', USAGE);
  if (!(FORM_CODES as readonly string[]).includes(form))
    throw new CliError(`Bilinmeyen form kodu "${form}"; bilinenler: ${FORM_CODES.join(', ')}`);
  const applicationId = positiveId(requireOption(parsed, 'case', USAGE), 'case') ?? 0;
  const out = requireOption(parsed, 'out', USAGE);
  const requestId = positiveId(parsed.options.request, 'request');
  const visitId = positiveId(parsed.options.visit, 'visit');
  const { preparer, approver, representative } = parsed.options;
  const monitorPng = parsed.options['monitor-signature'];
  const representativePng = parsed.options['representative-signature'];
  const signer = await signerFromOptions(parsed, USAGE);
  return withCliDatabaseAsync(parsed, USAGE, async (db) => {
    const service = createFormsService({ db, clock: () => new Date() });
    const result = await service.exportForm(
      {
        form,
        applicationId,
        ...(requestId === undefined ? {} : { requestId }),
        ...(visitId === undefined ? {} : { visitId }),
        ...(preparer === undefined ? {} : { preparer }),
        ...(approver === undefined ? {} : { approver }),
        ...(representative === undefined ? {} : { representative }),
        ...(monitorPng === undefined ? {} : { monitorSignaturePng: readInputFile(monitorPng, 'İzleyici imza resmi') }),
        ...(representativePng === undefined
          ? {}
          : { representativeSignaturePng: readInputFile(representativePng, 'İşletme yetkilisi imza resmi') }),
      },
      signer,
    );
    if (!result.ok) {
      process.stderr.write(`Hata: ${result.error.message}\n`);
      return { output: '', exitCode: 1 };
    }
    await writeWhole(out, result.value.bytes);
    const exported = result.value;
    return {
      output: `${out}: ${exported.code}, belge no ${exported.documentId}, ${exported.pageCount} sayfa, ${exported.signed ? 'hazırlayan imzalı' : 'imzasız'}; veri özeti ${exported.dataSha256}`,
      exitCode: 0,
    };
  });
}
