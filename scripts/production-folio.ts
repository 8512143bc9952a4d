import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { postCredentials } from "../e2e/chromium";
import { E2E_ADMIN } from "../e2e/demo-admin";

/**
 * A production Folio (`server.ts`, NODE_ENV=production) on an embedded PGlite directory, for the browser chaos run
 * and the browser benchmarks: LINK_CHECK=off, the E2E admin seeded, no DATABASE_URL inherited.
 */
const root = path.resolve(import.meta.dirname, "..");
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 250 ms until it answers true (an exception counts as false); throws after `ms`. */
export async function waitUntil(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}

/** Runs `next build` when there is no production build yet. */
export async function ensureProductionBuild(who: string): Promise<void> {
  if (fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.log(`${who}: no production build yet; running next build`);
  await new Promise<void>((resolve, reject) => spawn("npx", ["next", "build"], { cwd: root, stdio: "inherit" }).once("exit", (c) => (c === 0 ? resolve() : reject(new Error(`next build exited ${c}`)))));
}

export interface ProductionFolio {
  child: ChildProcess;
  /** SIGTERM, then SIGKILL after 20 s; resolves once the process has exited. */
  stop(): Promise<void>;
}

/** Starts Folio on `port` over the embedded database in `dataDir` (or `env.DATABASE_URL`); resolves once `/login` answers. */
export function startProductionFolio(port: number, dataDir: string, env: Record<string, string> = {}): Promise<ProductionFolio> {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: { ...withoutDatabaseUrl(process.env), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}`, FOLIO_DATA_DIR: dataDir, FOLIO_SEED_PASSWORD: E2E_ADMIN.password, LINK_CHECK: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(20_000).then(() => child.kill("SIGKILL"))]);
    await exited;
  };
  process.on("exit", () => child.kill("SIGKILL"));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`Folio exited (${code}) before it was ready:\n${output}`)));
    void waitUntil("Folio to answer /login", async () => (await fetch(`http://127.0.0.1:${port}/login`)).ok, 180_000).then(() => resolve({ child, stop }), reject);
  });
}

/** Signs a request context (or a browser context's `.request`) in; throws unless it worked. */
export async function signIn(request: APIRequestContext, email: string, password: string): Promise<void> {
  const status = await postCredentials(request, email, password);
  if (status < 200 || status >= 300) throw new Error(`sign-in as ${email} failed with ${status}`);
}
