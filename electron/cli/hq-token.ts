import { branchToken, HQ_TOKEN_ENV } from '../sync/branch-settings';
import { CliError } from './command';

/**
 * The branch's headquarters token for the CLI: `--token-file F` (the file's
 * text, whitespace trimmed) or the `KOBI_DOSYA_HQ_TOKEN` environment
 * variable; the file wins when both are given, like the database key.
 */
export { HQ_TOKEN_ENV };

export function resolveHqToken(tokenFile: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const token = branchToken(tokenFile ?? null, env, '--token-file seçeneğini');
  if (!token.ok) throw new CliError(token.message);
  return token.token;
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
