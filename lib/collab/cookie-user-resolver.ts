import { userFromCookies } from "@/lib/auth/user-from-cookies";
import type { Database } from "@/lib/db/client";
import type { ResolveUser } from "./collab-context";

/** Resolves the live user from the next-auth session cookie the browser sends with the upgrade (same origin). */
export function cookieUserResolver({ db, secret }: { db: Database; secret: string }): ResolveUser {
  return async (request) => {
    const user = await userFromCookies({ db, cookieHeader: request.headers.get("cookie"), secret });
    // A session that must change its password first is good for nothing else, live editing included.
    return user && !user.mustChangePassword ? { id: user.id, name: user.name, role: user.role } : null;
  };
}
