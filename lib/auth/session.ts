import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { can, type Actor, type GeneralAction } from "./policies";
import { authOptions } from "./config";
import { loadSessionUser, type SessionUser } from "./sessions";

/** Where a user changes their own password; every workspace page leads here while a reset is pending. */
export const CHANGE_PASSWORD_PATH = "/account";

/** The signed-in user for this request, re-read from the database (role, disabled, revoked). */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { sid?: string } | null;
  if (!session?.sid) return null;
  return loadSessionUser(getDb(), session.sid);
});

/** The signed-in user, or a redirect to the sign-in page (or to the password form while a reset is pending). */
export async function requireUser(): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** The signed-in user even while they must change their password (the password form itself), or the sign-in page. */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

export function toActor(user: SessionUser | null): Actor {
  return user ? { id: user.id, role: user.role, mustChangePassword: user.mustChangePassword } : null;
}

/** The signed-in user if they may perform the role-only action; otherwise the sign-in page or a 403 page. */
export async function requireAbility(action: GeneralAction): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(toActor(user), action as "profile.readDraft")) forbidden();
  return user;
}
