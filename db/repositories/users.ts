import { eq } from 'drizzle-orm';
import type { KobiDatabase } from '../connection';
import type { UserRole } from '../schema/enums';
import { users } from '../schema/users';
import type { WriteContext } from '../write-context';

export type UserRow = typeof users.$inferSelect;

export type User = {
  readonly id: number;
  readonly username: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly active: boolean;
  readonly createdAt: string;
};

export type NewUser = { readonly username: string; readonly fullName: string; readonly role: UserRole; readonly active?: boolean };

export function userFromRow(row: UserRow): User {
  return { id: row.id, username: row.username, fullName: row.fullName, role: row.role, active: row.active, createdAt: row.createdAt };
}

export function createUser(w: WriteContext, input: NewUser): User {
  return userFromRow(
    w.insert(users, {
      username: input.username,
      fullName: input.fullName,
      role: input.role,
      active: input.active ?? true,
      createdAt: w.at,
    }),
  );
}

export function updateUser(
  w: WriteContext,
  id: number,
  changes: { readonly fullName?: string; readonly role?: UserRole; readonly active?: boolean },
): User {
  return userFromRow(w.update(users, id, changes));
}

export function getUser(db: KobiDatabase, id: number): User | undefined {
  const row = db.orm.select().from(users).where(eq(users.id, id)).get();
  return row === undefined ? undefined : userFromRow(row);
}

export function findUserByUsername(db: KobiDatabase, username: string): User | undefined {
  const row = db.orm.select().from(users).where(eq(users.username, username)).get();
  return row === undefined ? undefined : userFromRow(row);
}

export function listUsers(db: KobiDatabase): User[] {
  return db.orm.select().from(users).orderBy(users.id).all().map(userFromRow);
}
