import type { Actor } from "@/lib/auth/policies";
import { currentUser, toActor } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/sessions";
import { getDb, type Database } from "@/lib/db/client";
import { knownFailure } from "./known-failure";

export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; error: string; field?: string };

export interface ActionContext {
  user: SessionUser;
  actor: Actor;
  db: Database;
}

/**
 * The one path every server action takes: load the live user, run the domain command (which parses
 * its input and calls authorize()), and turn known failures into a result the form can show.
 */
export async function runAction<T>(command: (ctx: ActionContext) => Promise<T>): Promise<ActionResult<T>> {
  const user = await currentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  try {
    const data = await command({ user, actor: toActor(user), db: getDb() });
    return { ok: true, data };
  } catch (e) {
    const failure = knownFailure(e);
    if (!failure) throw e;
    return { ok: false, error: failure.error, field: failure.field };
  }
}
