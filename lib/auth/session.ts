import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { can, type Actor, type GeneralAction } from "./policies";
import { authOptions } from "./config";
import { loadSessionUser, type SessionUser } from "./sessions";

/** The signed-in user for this request, re-read from the database (role, disabled, revoked). */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  return loadSessionUser(getDb(), session.sid);
});

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

export function toActor(user: SessionUser | null): Actor {
  return user ? { id: user.id, role: user.role } : null;
}

/** The signed-in user if they may perform the role-only action; otherwise the sign-in page or a 403 page. */
export async function requireAbility(action: GeneralAction): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(toActor(user), action as "profile.readDraft")) forbidden();
  return user;
}
