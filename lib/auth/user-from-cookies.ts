import { decode } from "next-auth/jwt";
import type { Executor } from "@/lib/db/client";
import { loadSessionUser, type SessionUser } from "./sessions";

const cookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function parseCookies(header: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i < 1) continue;
    const name = part.slice(0, i).trim();
    try {
      map.set(name, decodeURIComponent(part.slice(i + 1).trim()));
    } catch {
      map.set(name, part.slice(i + 1).trim());
    }
  }
  return map;
}

// next-auth splits large tokens into name.0, name.1, …
function sessionToken(cookies: Map<string, string>): string | null {
  for (const name of cookieNames) {
    const whole = cookies.get(name);
    if (whole) return whole;
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
    if (chunks.length) return chunks.join("");
  }
  return null;
}

/** The live user behind a request's next-auth session cookie (WebSocket upgrades, route handlers), or null. */
export async function userFromCookies({ db, cookieHeader, secret }: { db: Executor; cookieHeader: string | null; secret: string }): Promise<SessionUser | null> {
  const token = sessionToken(parseCookies(cookieHeader));
  if (!token) return null;
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token, secret });
  } catch {
    return null;
  }
  const sid = payload?.sid;
  if (typeof sid !== "string" || !/^[0-9a-f-]{36}$/i.test(sid)) return null;
  return loadSessionUser(db, sid);
}
