import { Ajv } from 'ajv';
import { z } from 'zod';
import { pushRequest, type PushRequest } from '../electron/sync/protocol';

/**
 * The push request's shape checked by a validator compiled once at start
 * (ajv, from the zod schema itself: `z.toJSONSchema`), about three times
 * faster than the zod parse on a cold server, and a push batch is the hot
 * path. zod stays the definition and the judge: the compiled schema is zod's
 * output shape, where every object forbids keys zod does not know, so a body
 * it accepts is exactly what zod would return (no key to strip, no default,
 * no transform) and is used as it is. Anything it refuses — a newer client's
 * extra field, or a body that is wrong — goes to zod, which answers as before
 * (strips the unknown field, or gives the error the 400 quotes).
 *
 * Options that make ajv judge like zod: patterns without the `u` flag (as
 * zod's RegExps) and formats not checked (zod's `z.iso.datetime()` is its
 * pattern, which the schema carries); string lengths are in code points in
 * both (ajv's default; zod counts a surrogate pair once).
 * test/hq/push-validation.test.ts holds both to the same verdicts.
 */
const compiled = new Ajv({ strict: true, allowUnionTypes: true, unicodeRegExp: false, validateFormats: false }).compile<PushRequest>(
  z.toJSONSchema(pushRequest, { io: 'output', target: 'draft-7' }),
);

export type PushValidation = { readonly ok: true; readonly value: PushRequest } | { readonly ok: false; readonly error: z.ZodError };

export function validatePushRequest(body: unknown): PushValidation {
  if (compiled(body)) return { ok: true, value: body };
  const parsed = pushRequest.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: parsed.error };
}
