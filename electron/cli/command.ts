/** What a CLI command prints on standard output and the process exit status. */
export type CommandResult = { readonly output: string; readonly exitCode: number };

/** A usage or input error: printed in Turkish on standard error, exit status 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
