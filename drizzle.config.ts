import { defineConfig } from 'drizzle-kit';

/**
 * drizzle-kit is a development tool only: `npm run db:generate` writes a new
 * migration into db/migrations/ from the schema. The app applies migrations
 * itself at startup (db/migrate.ts); drizzle-kit never runs against a user's
 * database.
 */
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  strict: true,
  verbose: true,
});
