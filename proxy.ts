import { NextResponse, type NextRequest } from "next/server";
import { appContentSecurityPolicy, isHttpsUrl, newNonce } from "@/lib/http/security-headers";
import { serverActionRefusal } from "@/lib/http/server-action-refusal";

/**
 * Every page gets a Content-Security-Policy with a fresh script nonce. Next reads the nonce from the request's
 * policy header and puts it on its own scripts, which is why every page renders per request (see app/layout.tsx).
 * The other security headers are set for every response in server.ts. Server actions with a foreign Origin or an
 * oversized body are refused here with 403 / 413 (Next would answer 500).
 */
export function proxy(request: NextRequest) {
  const refusal = serverActionRefusal(request);
  if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  const policy = appContentSecurityPolicy({
    nonce: newNonce(),
    host: request.headers.get("host"),
    https: isHttpsUrl(process.env.NEXTAUTH_URL),
    dev: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Not the build's static files: they are not documents, and they are served before any page renders.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
