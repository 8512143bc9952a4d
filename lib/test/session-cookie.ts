import { encode } from "next-auth/jwt";
import { createSession } from "@/lib/auth/sessions";
import type { Executor } from "@/lib/db/client";

/** A next-auth session cookie for a new server-side session of the user (headless clients: tests, chaos, bench). */
export async function sessionCookie({ db, userId, secret }: { db: Executor; userId: string; secret: string }): Promise<string> {
  const sid = await createSession(db, userId);
  const token = await encode({ token: { sub: userId, sid }, secret });
  return `next-auth.session-token=${token}`;
}
