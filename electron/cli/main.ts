import type { CommandResult } from './command';
import { backupCommand } from './commands/backup';
import { casesCommand } from './commands/cases';
import { demoDataCommand } from './commands/demo-data';
import { explainCommand } from './commands/explain';
import { hqPublishCommand } from './commands/hq-publish';
import { hqServerCommand } from './commands/hq-server';
import { finansmanCommand } from './commands/finansman';
import { exportFormCommand } from './commands/export-form';
import { exportFormsCommand } from './commands/export-forms';
import { importRatesCommand } from './commands/import-rates';
import { importPekCommand } from './commands/import-pek';
import { importSgkCommand } from './commands/import-sgk';
import { restoreCommand } from './commands/restore';
import { scenariosCommand } from './commands/scenarios';
import { searchCommand } from './commands/search';
import { syncCommand } from './commands/sync';
import { syncStatusCommand } from './commands/sync-status';
import { signPdfCommand } from './commands/sign-pdf';
import { verifyAuditCommand } from './commands/verify-audit';
import { verifyPdfCommand } from './commands/verify-pdf';
import { lastResort } from './last-resort';

type Command = {
  readonly usage: string;
  readonly summary: string;
  readonly run: (args: readonly string[]) => CommandResult | Promise<CommandResult>;
};

const COMMANDS: Readonly<Record<string, Command>> = {
  scenarios: {
    usage: 'scenarios <klasör>',
    summary: 'Klasördeki tüm senaryo dosyalarını çalıştırır (PASS/FAIL satırları ve özet).',
    run: scenariosCommand,
  },
  explain: {
    usage: 'explain <dosya.json>',
    summary: 'Bir dosyanın tüm kontrollerini madde, sonuç ve açıklamayla; tutarları hesaplanışıyla yazar.',
    run: explainCommand,
  },
  'verify-audit': {
    usage: 'verify-audit --db F',
    summary: 'Denetim kaydı zincirini ve denetlenen satırları doğrular: OK ya da ilk bozuk kayıt.',
    run: verifyAuditCommand,
  },
  backup: {
    usage: 'backup --db F --out G',
    summary: 'Veritabanının şifreli, denetlenmiş bir yedeğini alır (uygulama açıkken de).',
    run: backupCommand,
  },
  restore: {
    usage: 'restore --from G --db F',
    summary: 'Yedeği denetleyip veritabanının yerine koyar; önceki dosyayı yanında saklar.',
    run: restoreCommand,
  },
  cases: {
    usage: 'cases --db F [--program P] [--status S]',
    summary: 'Her dosya için bir JSON satırı: id, program, durum, unvan, VKN.',
    run: casesCommand,
  },
  'import-sgk': {
    usage: 'import-sgk --db F --enterprise E [--province P] DOSYA',
    summary: 'SGK hizmet listesini (CSV/XLSX) işletmenin o ildeki aylık prim günlerine aktarır; hepsi ya da hiçbiri, aynı dosya bir kez.',
    run: importSgkCommand,
  },
  finansman: {
    usage: 'finansman --db F --application N [--format metin|json]',
    summary: 'Finansman desteği başvurusunu veritabanındaki haliyle değerlendirir: kontroller, destek planı, geçici değerler ve boşluklar.',
    run: finansmanCommand,
  },
  'import-pek': {
    usage: 'import-pek --db F --enterprise E DOSYA',
    summary:
      'Finansman desteği: işletmenin aylık PEK tutarlarını (CSV/XLSX, işyerleri toplanır) aktarır; hepsi ya da hiçbiri, aynı dosya bir kez.',
    run: importPekCommand,
  },
  'import-rates': {
    usage: 'import-rates --db F DOSYA|KLASÖR',
    summary: 'TCMB kur bültenlerinden EUR alış kurlarını aktarır; hepsi ya da hiçbiri, aynı dosya bir kez.',
    run: importRatesCommand,
  },
  search: {
    usage: 'search --db F [--limit N] "arama"',
    summary: 'İşletme arar (unvan, VKN/TCKN, il, NACE, personel adı); her sonuç bir JSON satırı.',
    run: searchCommand,
  },
  'demo-data': {
    usage: 'demo-data --db F --enterprises N [--seed S]',
    summary: 'Boş veritabanına gerçekçi, uydurma demo verisi yazar; tek satır JSON özet.',
    run: demoDataCommand,
  },
  sync: {
    usage: 'sync --db F --hq URL [--once]',
    summary: 'Eşitleme kutusunu merkeze gönderir; --once ile kutu boşalınca (0) ya da boşalamazsa (1) çıkar.',
    run: syncCommand,
  },
  'sync-status': {
    usage: 'sync-status --db F',
    summary: 'Eşitleme durumu (bekleyen, son başarı, son hata ve nedeni) JSON olarak.',
    run: syncStatusCommand,
  },
  'hq-server': {
    usage: 'hq-server --port N --data DIR [--pg URL] [--fault-rate R]',
    summary: 'Merkez başvuru sunucusu (SQLite ya da PostgreSQL); --add-branch ile şube anahtarı üretir.',
    run: hqServerCommand,
  },
  'export-form': {
    usage: 'export-form --db F --form KOD --case ID [--request ID] --out F.pdf [--p12 F --passphrase-env DEĞİŞKEN]',
    summary: 'Bir dosyanın program formunu PDF olarak yazar (kanıt verisi ekli, QR kodlu); --p12 ile hazırlayan imzalı.',
    run: exportFormCommand,
  },
  'sign-pdf': {
    usage: 'sign-pdf F.pdf --p12 F --passphrase-env DEĞİŞKEN [--out G.pdf] [--field AD]',
    summary: 'Formu PAdES imzasıyla imzalar (artımlı güncelleme: önceki imzalar geçerli kalır; müdür onayı).',
    run: signPdfCommand,
  },
  'verify-pdf': {
    usage: 'verify-pdf F.pdf [--ca KÖK.pem]',
    summary: 'Her imzayı (imzacı, zaman, bütünlük, kapsam) ve ekli verinin QR özetini denetler; sorun varsa çıkış 1.',
    run: verifyPdfCommand,
  },
  'export-forms': {
    usage: 'export-forms --db F --from T1 --to T2 --out KLASÖR [--p12 F --passphrase-env DEĞİŞKEN]',
    summary: 'Tarih aralığındaki onaylı tüm formları klasöre yazar; kaldığı yerden sürer.',
    run: exportFormsCommand,
  },
  'hq-publish': {
    usage: 'hq-publish --data DIR --key-file K --kind KIND FILE.json',
    summary: 'Merkez başvuru yayınına Ed25519 ile imzalı bir kayıt ekler (tatiller, kurlar, faiz, hariç faaliyetler, sürümler…).',
    run: hqPublishCommand,
  },
  impact: {
    usage: 'impact --db F [--workers N] [--today T]',
    summary:
      'Kural ya da parametre değişikliğinden sonra açık dosyaları yeniden değerlendirir; kararı değişecek her dosya bir JSON satırı.',
    // Loaded when used: the worker runner is not needed by the other commands' start.
    run: async (args) => (await import('./commands/impact')).impactCommand(args),
  },
};

function helpText(): string {
  const width = Math.max(...Object.values(COMMANDS).map((command) => command.usage.length));
  return [
    'KOBİ Dosya komut satırı',
    '',
    'Kullanım: npm run --silent cli -- <komut> [seçenekler]',
    '',
    'Komutlar:',
    ...Object.values(COMMANDS).map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    `  ${'help'.padEnd(width)}  Bu yardımı gösterir.`,
    '',
    'Veritabanı komutları (--db) anahtarı KOBI_DOSYA_DB_KEY ortam değişkeninden ya da --key-file F seçeneğinden alır;',
    'ikisi birden verilirse --key-file geçerlidir.',
    'sync merkez anahtarını KOBI_DOSYA_HQ_TOKEN ortam değişkeninden ya da --token-file F seçeneğinden alır.',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${helpText()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(`Bilinmeyen komut: ${name}\n\n${helpText()}\n`);
    return 2;
  }
  try {
    const result = await command.run(args);
    if (result.output !== '') process.stdout.write(`${result.output}\n`);
    return result.exitCode;
  } catch (error) {
    const outcome = lastResort(error, name);
    process.stderr.write(outcome.stderr);
    return outcome.exitCode;
  }
}

// An error thrown outside the command's own call chain (a stream's callback) gets the same treatment: no stack on screen.
const onStray = (error: unknown): void => {
  const outcome = lastResort(error, process.argv[2] ?? '');
  process.stderr.write(outcome.stderr);
  process.exit(outcome.exitCode);
};
process.on('uncaughtException', onStray);
process.on('unhandledRejection', onStray);

process.exitCode = await main(process.argv.slice(2));
