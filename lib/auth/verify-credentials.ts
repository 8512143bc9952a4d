import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { loginAttempts, users } from "@/lib/db/schema/auth";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "./password";
import { credentialsSchema } from "./schemas";

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

// Verifying against a real hash for unknown emails keeps the timing of both failures alike.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$PQEQn6U1SCt81A2ELU3j4Q$32EzpNv0SE2NSZleFPt0SyvLYVVtOSZdRx88QEe4ums";

/**
 * Checks an email and password, throttling repeated failures per account.
 * @throws AppError `unauthorized:credentials`, `rate_limited:credentials` or `bad_request:credentials`.
 */
export async function verifyCredentials({ db, input, now = new Date() }: { db: Database; input: unknown; now?: Date }) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request:credentials", parsed.error.issues[0]!.message);
  const { email, password } = parsed.data;

  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const [{ failures } = { failures: 0 }] = await db
    .select({ failures: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, since)));
  if (failures >= MAX_FAILURES) {
    throw new AppError("rate_limited:credentials", "Too many failed sign-in attempts for this account. Wait 15 minutes, then try again.");
  }

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? dummyHash, password);
  await db.insert(loginAttempts).values({ email, succeeded: ok && !!user, attemptedAt: now });
  if (!user || !ok) throw new AppError("unauthorized:credentials", "Email or password is incorrect.");
  if (user.disabled) throw new AppError("forbidden:credentials", "This account has been disabled. Ask an admin to re-enable it.");
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
