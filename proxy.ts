import { NextResponse, type NextRequest } from "next/server";
import { appContentSecurityPolicy, isHttpsUrl, newNonce } from "@/lib/http/security-headers";

/**
 * Every page gets a Content-Security-Policy with a fresh script nonce. Next reads the nonce from the request's
 * policy header and puts it on its own scripts, which is why every page renders per request (see app/layout.tsx).
 * The other security headers are set for every response in server.ts.
 */
export function proxy(request: NextRequest) {
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
