import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT, searchEnterprises } from '../../../db/search/search-enterprises';
import { CliError, type CommandResult } from '../command';
import { DATABASE_KEY_ENV, parseCommandArgs, withCliDatabase } from '../database-options';

const USAGE = `search --db <dosya> [--limit <1–${MAX_SEARCH_LIMIT}>] [--key-file <dosya>] "<arama>"   (anahtar: --key-file ya da ${DATABASE_KEY_ENV})`;
const WHOLE_NUMBER = /^\d+$/;

/**
 * `search --db F [--limit N] "query"`: enterprises by unvan, VKN/TCKN,
 * province, NACE and committed persons' names, every word a prefix, Turkish
 * letters folded (`ışık`, `IŞIK`, `isik` are one word). One JSON line per hit
 * in rank order (db/search/search-enterprises.ts); no hit prints nothing.
 */
export function searchCommand(args: readonly string[]): CommandResult {
  const parsed = parseCommandArgs(USAGE, args, ['db', 'key-file', 'limit'], { min: 1, max: 1 });
  const [query = ''] = parsed.positionals;
  const limitText = parsed.options.limit;
  const limit = limitText === undefined ? DEFAULT_SEARCH_LIMIT : Number(limitText);
  if (limitText !== undefined && (!WHOLE_NUMBER.test(limitText) || limit < 1 || limit > MAX_SEARCH_LIMIT)) {
    throw new CliError(`--limit 1 ile ${MAX_SEARCH_LIMIT} arasında bir tam sayı olmalı: ${limitText}`);
  }
  return withCliDatabase(parsed, USAGE, (db) => ({
    output: searchEnterprises(db, query, limit)
      .map((hit) =>
        JSON.stringify({
          id: hit.id,
          unvan: hit.unvan,
          vkn: hit.vkn,
          tckn: hit.tckn,
          provinces: hit.provinces,
          naceMain: hit.naceMain,
          match: hit.match,
        }),
      )
      .join('\n'),
    exitCode: 0,
  }));
}
