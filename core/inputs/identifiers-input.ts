import { z } from 'zod';

export const identifierType = z.enum(['tckn', 'vkn', 'iban']);
export type IdentifierType = z.infer<typeof identifierType>;

export const identifiersInput = z.strictObject({
  values: z.array(z.strictObject({ type: identifierType, value: z.string() })),
});
export type IdentifiersInput = z.infer<typeof identifiersInput>;
