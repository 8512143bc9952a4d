import NextAuth from "next-auth";
import type { NextAuthOptions } from "next-auth";
import type { NextApiRequest, NextApiResponse } from "next";

export interface DriverResponse {
  status: number;
  location: string | null;
  setCookies: string[];
  body: unknown;
}

/**
 * Calls next-auth's API-route handler (`NextAuth(req, res, options)`, the same core the app's route uses) in process,
 * keeping a browser-like cookie jar between calls, so a test can walk a whole sign-in including its CSRF and state cookies.
 */
export function nextAuthDriver(options: NextAuthOptions) {
  const jar = new Map<string, string>();

  function remember(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair, ...attrs] = line.split(";");
      const i = pair!.indexOf("=");
      const name = pair!.slice(0, i).trim();
      const value = decodeURIComponent(pair!.slice(i + 1).trim());
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }

  async function call(method: "GET" | "POST", path: string, body?: Record<string, string>): Promise<DriverResponse> {
    const url = new URL(path, "http://folio.test");
    const [, , , ...nextauth] = url.pathname.split("/"); // /api/auth/<action>/<provider>
    const headers: Record<string, string> = {};
    let status = 200;
    let sent: unknown;
    const res = {
      status(code: number) {
        status = code;
        return res;
      },
      setHeader(name: string, value: string | string[]) {
        headers[name.toLowerCase()] = Array.isArray(value) ? JSON.stringify(value) : value;
        return res;
      },
      getHeader(name: string) {
        const v = headers[name.toLowerCase()];
        return v?.startsWith("[") ? (JSON.parse(v) as string[]) : v;
      },
      end() {},
      json(b: unknown) {
        sent = b;
      },
      send(b: unknown) {
        sent = b;
      },
    };
    const req = {
      method,
      query: { ...Object.fromEntries(url.searchParams), nextauth },
      body: body ?? {},
      cookies: Object.fromEntries(jar),
      headers: { host: url.host, "content-type": "application/x-www-form-urlencoded" },
    };
    await NextAuth(req as unknown as NextApiRequest, res as unknown as NextApiResponse, options);
    const setCookies = (res.getHeader("set-cookie") as string[] | string | undefined) ?? [];
    const lines = Array.isArray(setCookies) ? setCookies : [setCookies];
    remember(lines);
    return { status, location: headers.location ?? null, setCookies: lines, body: sent };
  }

  return {
    jar,
    get: (path: string) => call("GET", path),
    post: (path: string, body: Record<string, string>) => call("POST", path, body),
    cookieHeader: () => [...jar].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; "),
  };
}
