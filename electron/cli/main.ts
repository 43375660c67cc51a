import { CliError, type CommandResult } from './command';
import { explainCommand } from './commands/explain';
import { scenariosCommand } from './commands/scenarios';

type Command = { readonly usage: string; readonly summary: string; readonly run: (args: readonly string[]) => CommandResult | Promise<CommandResult> };

const COMMANDS: Readonly<Record<string, Command>> = {
  scenarios: { usage: 'scenarios <klasör>', summary: 'Klasördeki tüm senaryo dosyalarını çalıştırır (PASS/FAIL satırları ve özet).', run: scenariosCommand },
  explain: { usage: 'explain <dosya.json>', summary: 'Bir dosyanın tüm kontrollerini madde, sonuç ve açıklamayla; tutarları hesaplanışıyla yazar.', run: explainCommand },
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
    if (error instanceof CliError) {
      process.stderr.write(`Hata: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
