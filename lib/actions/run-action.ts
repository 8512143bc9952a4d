import { revalidatePath } from "next/cache";
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

export interface RunActionOptions {
  /** The path whose pages show what the command changed, revalidated when it succeeds (`type` as revalidatePath takes it). */
  revalidate?: string | { path: string; type: "layout" | "page" };
}

/**
 * The one path every server action takes: load the live user, run the domain command (which parses
 * its input and calls authorize()), turn known failures into a result the form can show, and on success
 * revalidate the pages that show the change.
 */
export async function runAction<T>(command: (ctx: ActionContext) => Promise<T>, { revalidate }: RunActionOptions = {}): Promise<ActionResult<T>> {
  const user = await currentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  let data: T;
  try {
    data = await command({ user, actor: toActor(user), db: getDb() });
  } catch (e) {
    const failure = knownFailure(e);
    if (!failure) throw e;
    return { ok: false, error: failure.error, field: failure.field };
  }
  if (typeof revalidate === "string") revalidatePath(revalidate);
  else if (revalidate) revalidatePath(revalidate.path, revalidate.type);
  return { ok: true, data };
}
