import path from "node:path";
import { z } from "zod";
import { defaultCollabLimits } from "@/lib/collab/collab-limits";
import { parseFetchAllowList, type FetchAllowList } from "@/lib/net/fetch-allow-list";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "postgres:" || u.protocol === "postgresql:") && u.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgres:// or postgresql:// URL with a host, e.g. postgres://user:pass@127.0.0.1:5432/folio");

const redisUrl = z
  .string()
  .trim()
  .refine((v) => /^rediss?:\/\/[^/]+/.test(v), "must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379");

/** A whole number of at least `min`, `fallback` when unset or empty. */
function positiveInt(fallback: number, min: number) {
  return optionalString.pipe(
    z
      .string()
      .regex(/^\d+$/, "must be a whole number")
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`))
      .optional(),
  ).transform((v) => v ?? fallback);
}

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().trim().min(1).default("0.0.0.0"),
    DATABASE_URL: optionalString.pipe(postgresUrl.optional()),
    FOLIO_DATA_DIR: optionalString,
    REDIS_URL: optionalString.pipe(redisUrl.optional()),
    NEXTAUTH_URL: optionalString.pipe(z.url().optional()),
    NEXTAUTH_SECRET: optionalString.pipe(z.string().min(16, "must be at least 16 characters").optional()),
    OIDC_ISSUER: optionalString.pipe(z.url().optional()),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_NAME: z.string().trim().min(1).default("Single sign-on"),
    FOLIO_SEED_PASSWORD: optionalString.pipe(z.string().min(10, "must be at least 10 characters (the app's password minimum)").optional()),
    FOLIO_SEED: z.enum(["demo", "none"]).default("demo"),
    FOLIO_TRUST_PROXY: z
      .enum(["true", "false", "1", "0", ""], { error: "must be true or false" })
      .default("false")
      .transform((v) => v === "true" || v === "1"),
    FOLIO_COLLAB_MAX_MESSAGE_BYTES: positiveInt(defaultCollabLimits.maxMessageBytes, 1024),
    FOLIO_COLLAB_MAX_DOCUMENT_BYTES: positiveInt(defaultCollabLimits.maxDocumentBytes, 1024),
    FOLIO_COLLAB_MAX_AWARENESS_BYTES: positiveInt(defaultCollabLimits.maxAwarenessBytes, 256),
    FOLIO_COLLAB_AWARENESS_PER_SECOND: positiveInt(defaultCollabLimits.awarenessPerSecond, 1),
    FOLIO_COLLAB_VIEWER_MESSAGES_PER_SECOND: positiveInt(defaultCollabLimits.viewerMessagesPerSecond, 1),
    FOLIO_COLLAB_MAX_SOCKETS_PER_ADDRESS: positiveInt(defaultCollabLimits.maxSocketsPerAddress, 1),
    FOLIO_COLLAB_AUTH_TIMEOUT_SECONDS: positiveInt(defaultCollabLimits.authTimeoutMs / 1000, 1),
    // Unset: checks weekly, except on a demo database, where it waits for an admin to start a run (see linkCheckSchedule).
    LINK_CHECK: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).optional(),
    FOLIO_FETCH_ALLOW: z
      .string()
      .optional()
      .transform((v, ctx): FetchAllowList => {
        try {
          return parseFetchAllowList(v);
        } catch (e) {
          ctx.addIssue({ code: "custom", message: (e as Error).message });
          return z.NEVER;
        }
      }),
    ARCHIVE_CDX_URL: optionalString.pipe(z.url().optional()).transform((v) => v ?? "https://web.archive.org/cdx/search/cdx"),
    ARCHIVE_REPLAY_URL: optionalString.pipe(z.url().optional()).transform((v) => (v ?? "https://web.archive.org/web").replace(/\/$/, "")),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      });
    }
  });

export type Env = z.infer<typeof envSchema> & { dataDir: string };

/** Thrown when the environment is invalid; its message names the variable. */
export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an environment object; throws EnvError naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join(".") || "environment";
    throw new EnvError(`${key} ${issue.message}`);
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ result.data.FOLIO_DATA_DIR ?? ".data");
  return { ...result.data, dataDir };
}

let cached: Env | undefined;

/** The process environment, parsed once. @throws EnvError */
/** The app's public address: NEXTAUTH_URL, or http://localhost:PORT (next-auth's own default is port 3000). */
export function publicUrl(e: Env = env()): string {
  return (e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
