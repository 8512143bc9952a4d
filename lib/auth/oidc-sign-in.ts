import { and, eq, isNull } from "drizzle-orm";
import type { Database, Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { recordEvent } from "@/lib/events/record-event";

/** The ID token claims Folio reads (openid-client has already checked signature, `iss`, `aud` and expiry). */
export interface OidcClaims {
  iss?: unknown;
  sub?: unknown;
  email?: unknown;
  email_verified?: unknown;
}

/** Why a single sign-on was refused; each is a `?error=` code the sign-in page explains. */
export type OidcRefusal = "OidcInvalidToken" | "OidcEmailUnverified" | "NoAccount" | "OidcAccountBound";

export type OidcDecision = { ok: true; userId: string; bound: boolean } | { ok: false; reason: OidcRefusal };

const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** The active account already bound to this provider identity, if any. */
export async function userIdForOidcIdentity(db: Executor, claims: OidcClaims): Promise<string | null> {
  if (!nonEmpty(claims.iss) || !nonEmpty(claims.sub)) return null;
  const [row] = await db
    .select({ id: users.id, disabled: users.disabled })
    .from(users)
    .where(and(eq(users.oidcIssuer, claims.iss), eq(users.oidcSubject, claims.sub)))
    .limit(1);
  return row && !row.disabled ? row.id : null;
}

/**
 * Decides a single sign-on. An identity (issuer + `sub`) already bound to an account signs into that account, whatever
 * e-mail the provider now reports. An unbound identity must carry `email_verified: true` (the boolean, nothing else)
 * and an e-mail of an account an admin created that no identity is bound to yet; it is then bound to that account,
 * so a later e-mail change at the provider cannot move it to another account and a second identity claiming the same
 * e-mail is refused.
 */
export async function admitOidcSignIn(db: Database, claims: OidcClaims): Promise<OidcDecision> {
  const { iss, sub } = claims;
  if (!nonEmpty(iss) || !nonEmpty(sub)) return { ok: false, reason: "OidcInvalidToken" };
  const [boundTo] = await db
    .select({ id: users.id, disabled: users.disabled })
    .from(users)
    .where(and(eq(users.oidcIssuer, iss), eq(users.oidcSubject, sub)))
    .limit(1);
  if (boundTo) return boundTo.disabled ? { ok: false, reason: "NoAccount" } : { ok: true, userId: boundTo.id, bound: false };

  if (claims.email_verified !== true) return { ok: false, reason: "OidcEmailUnverified" };
  if (!nonEmpty(claims.email)) return { ok: false, reason: "NoAccount" };
  try {
    return await bindByEmail(db, iss, sub, claims.email.trim().toLowerCase());
  } catch (e) {
    // The same identity bound to another account a moment ago (the unique index refused the second binding).
    if (isUniqueViolation(e)) return { ok: false, reason: "OidcAccountBound" };
    throw e;
  }
}

async function bindByEmail(db: Database, iss: string, sub: string, email: string): Promise<OidcDecision> {
  return db.transaction(async (tx) => {
    const [account] = await tx
      .select({ id: users.id, disabled: users.disabled, oidcSubject: users.oidcSubject })
      .from(users)
      .where(eq(users.email, email))
      .limit(1)
      .for("update");
    if (!account || account.disabled) return { ok: false, reason: "NoAccount" } as const;
    if (account.oidcSubject !== null) return { ok: false, reason: "OidcAccountBound" } as const;
    // The unique (oidc_issuer, oidc_subject) index and the IS NULL guard settle two first sign-ins racing.
    const bound = await tx
      .update(users)
      .set({ oidcIssuer: iss, oidcSubject: sub, updatedAt: new Date() })
      .where(and(eq(users.id, account.id), isNull(users.oidcSubject)))
      .returning({ id: users.id });
    if (bound.length === 0) return { ok: false, reason: "OidcAccountBound" } as const;
    await recordEvent(tx, { actorId: account.id, type: "auth.oidc_bind", subjectType: "user", subjectId: account.id, data: { issuer: iss, subject: sub } });
    return { ok: true, userId: account.id, bound: true } as const;
  });
}
