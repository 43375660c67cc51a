import { readFileSync } from 'node:fs';
import { CliError } from './command';

/**
 * The branch's headquarters token for the CLI: `--token-file F` (the file's
 * text, whitespace trimmed) or the `KOBI_DOSYA_HQ_TOKEN` environment
 * variable; the file wins when both are given, like the database key.
 */
export const HQ_TOKEN_ENV = 'KOBI_DOSYA_HQ_TOKEN';

export function resolveHqToken(tokenFile: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (tokenFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(tokenFile, 'utf8').trim();
    } catch {
      throw new CliError(`Merkez anahtarı dosyası okunamadı: ${tokenFile}`);
    }
    if (text === '') throw new CliError(`Merkez anahtarı dosyası boş: ${tokenFile}`);
    return text;
  }
  const token = (env[HQ_TOKEN_ENV] ?? '').trim();
  if (token === '') throw new CliError(`Merkez anahtarı yok: ${HQ_TOKEN_ENV} ortam değişkenini ya da --token-file seçeneğini verin.`);
  return token;
}

/** A whole number option within bounds, or its default. */
export function wholeNumberOption(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new CliError(`--${name} ${min} ile ${max} arasında bir tam sayı olmalı: ${text}`);
  return value;
}

/** Remove a flag without a value (`--once`) from the arguments; the rest go to `parseCommandArgs`. */
export function takeFlag(args: readonly string[], flag: string): { readonly present: boolean; readonly rest: string[] } {
  return { present: args.includes(flag), rest: args.filter((arg) => arg !== flag) };
}
