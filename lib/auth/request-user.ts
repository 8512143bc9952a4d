import { getDb } from "@/lib/db/client";
import { services } from "@/lib/server/services";
import { userFromCookies } from "./user-from-cookies";
import type { SessionUser } from "./sessions";

/** The live user behind a route handler's request (session cookie), or null. */
export function requestUser(request: Request): Promise<SessionUser | null> {
  const secret = services().authSecret;
  if (!secret) return Promise.resolve(null);
  return userFromCookies({ db: getDb(), cookieHeader: request.headers.get("cookie"), secret });
}
