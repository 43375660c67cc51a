import { createHash, randomBytes } from 'node:crypto';

/**
 * Branch tokens: 32 random bytes, base64url, with a recognisable prefix (a
 * leaked token is easy to find in logs). Headquarters keeps only the SHA-256
 * (a stolen database does not give the tokens away); the token itself is
 * shown once, when the branch is registered.
 */
export function newBranchToken(): string {
  return `kdhq_${randomBytes(32).toString('base64url')}`;
}

export function tokenSha256(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
