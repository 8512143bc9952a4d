import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Database, Executor } from "@/lib/db/client";
import { loginAttempts, users } from "@/lib/db/schema/auth";
import { AppError } from "@/lib/errors";
import { withHashSlot } from "./hash-slots";
import { verifyPassword } from "./password";
import { credentialsSchema } from "./schemas";

/** Failures of one account from one address before that pair is refused for the window. */
export const MAX_FAILURES = 5;
/** Failures from one address (any accounts) before the address is refused for the window. */
export const MAX_ADDRESS_FAILURES = 20;
/** Failures of one account (any addresses) after which each attempt is slowed down, never refused. */
export const SLOW_DOWN_AFTER = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 10_000;
const KEEP_ATTEMPTS_MS = 24 * 60 * 60 * 1000;

// Verifying against a real hash for unknown emails keeps the timing of both failures alike.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$PQEQn6U1SCt81A2ELU3j4Q$32EzpNv0SE2NSZleFPt0SyvLYVVtOSZdRx88QEe4ums";

const throttled = (lock: "pair" | "address", address: string) =>
  new AppError(
    "rate_limited:credentials",
    lock === "address"
      ? `Too many failed sign-in attempts from this address (${address}). Wait 15 minutes, then try again.`
      : `Too many failed sign-in attempts for this account from this address (${address}). Wait 15 minutes, then try again.`,
  );

// Counts and records the attempt in one transaction, serialised per account and per address, so parallel
// guesses each see the ones before them. The row counts as a failure until the password proves right.
async function reserveAttempt(db: Database, email: string, address: string, now: Date) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`login:account:${email}`}, 0))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`login:address:${address}`}, 0))`);
    const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
    const [counts] = await tx
      .select({
        pair: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email} and ${loginAttempts.address} = ${address})::int`,
        account: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email})::int`,
        address: sql<number>`count(*) filter (where ${loginAttempts.address} = ${address})::int`,
      })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, since), sql`(${loginAttempts.email} = ${email} or ${loginAttempts.address} = ${address})`));
    if (counts!.address >= MAX_ADDRESS_FAILURES) return { locked: "address" as const };
    if (counts!.pair >= MAX_FAILURES) return { locked: "pair" as const };
    const [row] = await tx.insert(loginAttempts).values({ email, address, succeeded: false, attemptedAt: now }).returning({ id: loginAttempts.id });
    return { locked: null, id: row!.id, accountFailures: counts!.account };
  });
}

/**
 * Checks an email and password. Failures are throttled per account and address (refused), per address
 * (refused) and per account from anywhere (slowed down, so a stranger cannot lock the owner out).
 * @throws AppError `unauthorized:credentials`, `rate_limited:credentials`, `forbidden:credentials`, `unavailable:credentials` or `bad_request:credentials`.
 */
export async function verifyCredentials({
  db,
  input,
  address,
  now = new Date(),
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  verify = verifyPassword,
}: {
  db: Database;
  input: unknown;
  address: string;
  now?: Date;
  sleep?: (ms: number) => Promise<void>;
  verify?: (hash: string, password: string) => Promise<boolean>;
}) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request:credentials", parsed.error.issues[0]!.message);
  const { email, password } = parsed.data;

  const reserved = await reserveAttempt(db, email, address, now);
  if (reserved.locked) throw throttled(reserved.locked, address);
  if (reserved.accountFailures >= SLOW_DOWN_AFTER) await sleep(Math.min(MAX_DELAY_MS, (reserved.accountFailures - SLOW_DOWN_AFTER + 1) * 500));

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const ok = await withHashSlot(() => verify(user?.passwordHash ?? dummyHash, password));
  if (!user || !ok) throw new AppError("unauthorized:credentials", "Email or password is incorrect.");
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, reserved.id));
  if (user.disabled) throw new AppError("forbidden:credentials", "This account has been disabled. Ask an admin to re-enable it.");
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Deletes sign-in attempts older than a day (throttling looks back 15 minutes). */
export async function purgeLoginAttempts(db: Executor, now = new Date()): Promise<number> {
  const rows = await db.delete(loginAttempts).where(lt(loginAttempts.attemptedAt, new Date(now.getTime() - KEEP_ATTEMPTS_MS))).returning({ id: loginAttempts.id });
  return rows.length;
}
