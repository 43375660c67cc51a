/**
 * Data a caller should have validated before handing it to a repository (an
 * invalid TCKN, a person of another application…). Services validate user
 * input with zod first, so this is a bug when it happens: thrown, in Turkish.
 */
export class RepositoryInputError extends Error {
  override readonly name = 'RepositoryInputError';
}
