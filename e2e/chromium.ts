import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";

/** Debian's Chromium when present (Playwright cannot download its own here), else Playwright's; FOLIO_CHROMIUM overrides. */
export const chromiumLaunchOptions = {
  executablePath: process.env.FOLIO_CHROMIUM ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  // No background traffic: this machine has no internet, and tests talk only to the server they start.
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

/** Signs a request context in through next-auth's credentials API; returns the response status (200 when it worked). */
export async function postCredentials(request: APIRequestContext, email: string, password: string): Promise<number> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  return res.status();
}
