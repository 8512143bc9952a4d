import { NextResponse } from "next/server";
import type { Actor } from "@/lib/auth/policies";
import { requestUser } from "@/lib/auth/request-user";
import { toActor } from "@/lib/auth/session";
import { getDb, type Database } from "@/lib/db/client";
import { knownFailure } from "./known-failure";

function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (origin === null) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Runs a JSON route's command with the live user; known failures become { error, field } with a status.
 * The session is checked first: nobody's body is read (or parsed) before they are known.
 */
export async function jsonRoute(request: Request, command: (ctx: { actor: Actor; db: Database; body: unknown }) => Promise<unknown>, options: { status?: number } = {}) {
  const user = await requestUser(request);
  if (!user) return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
  let body: unknown = undefined;
  if (request.method !== "GET") {
    // A JSON content type forces a CORS preflight, and a foreign Origin is refused: no cross-site writes.
    if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) {
      return NextResponse.json({ error: "The request body must be JSON (Content-Type: application/json)." }, { status: 415 });
    }
    if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"))) {
      return NextResponse.json({ error: "Cross-origin requests are not allowed." }, { status: 403 });
    }
    try {
      body = await request.json();
    } catch {
      return NextResponse.json({ error: "The request body must be JSON." }, { status: 400 });
    }
  }
  try {
    const result = await command({ actor: toActor(user), db: getDb(), body });
    // A command may choose its own status (e.g. 201 Created) by returning a Response.
    return result instanceof Response ? result : NextResponse.json(result, { status: options.status ?? 200 });
  } catch (e) {
    const failure = knownFailure(e);
    if (!failure) throw e;
    return NextResponse.json({ error: failure.error, field: failure.field }, { status: failure.status });
  }
}
