import path from "node:path";
import { describe, expect, it } from "vitest";
import { collabLimitsFromEnv, defaultCollabLimits } from "./collab/collab-limits";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("has sensible defaults", () => {
    const e = parseEnv({});
    expect(e.PORT).toBe(3000);
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.dataDir).toBe(path.resolve(".data"));
  });

  it("reads the collaboration limits, with defaults", () => {
    expect(collabLimitsFromEnv(parseEnv({}))).toEqual(defaultCollabLimits);
    const e = parseEnv({ FOLIO_COLLAB_MAX_SOCKETS_PER_ADDRESS: "5", FOLIO_COLLAB_AUTH_TIMEOUT_SECONDS: "3", FOLIO_TRUST_PROXY: "true" });
    expect(collabLimitsFromEnv(e)).toMatchObject({ maxSocketsPerAddress: 5, authTimeoutMs: 3_000, trustProxy: true });
  });

  it.each([
    [{ DATABASE_URL: "not a url" }, /^DATABASE_URL must be a postgres/],
    [{ DATABASE_URL: "mysql://x/y" }, /^DATABASE_URL must be a postgres/],
    [{ PORT: "eighty" }, /^PORT /],
    [{ PORT: "70000" }, /^PORT /],
    [{ REDIS_URL: "localhost:6379" }, /^REDIS_URL must be a redis/],
    [{ NEXTAUTH_SECRET: "short" }, /^NEXTAUTH_SECRET must be at least 16/],
    [{ OIDC_ISSUER: "https://id.example.org" }, /^OIDC_ISSUER OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together/],
    [{ FOLIO_SEED: "lots" }, /^FOLIO_SEED /],
    [{ LINK_CHECK: "maybe" }, /^LINK_CHECK must be "on" or "off"/],
    [{ FOLIO_FETCH_ALLOW: "10.0.0.1:80" }, /^FOLIO_FETCH_ALLOW entry "10.0.0.1:80" is not a loopback address/],
    [{ ARCHIVE_CDX_URL: "archive" }, /^ARCHIVE_CDX_URL /],
    [{ FOLIO_COLLAB_MAX_SOCKETS_PER_ADDRESS: "many" }, /^FOLIO_COLLAB_MAX_SOCKETS_PER_ADDRESS must be a whole number/],
    [{ FOLIO_COLLAB_AUTH_TIMEOUT_SECONDS: "0" }, /^FOLIO_COLLAB_AUTH_TIMEOUT_SECONDS must be at least 1/],
    [{ FOLIO_COLLAB_MAX_MESSAGE_BYTES: "1.5" }, /^FOLIO_COLLAB_MAX_MESSAGE_BYTES must be a whole number/],
    [{ FOLIO_COLLAB_AWARENESS_PER_SECOND: "-3" }, /^FOLIO_COLLAB_AWARENESS_PER_SECOND must be a whole number/],
  ])("names the bad variable: %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("holds FOLIO_SEED_PASSWORD to the app's password minimum (10 characters)", () => {
    expect(() => parseEnv({ FOLIO_SEED_PASSWORD: "nine-char" })).toThrow(/^FOLIO_SEED_PASSWORD must be at least 10 characters/);
    expect(parseEnv({ FOLIO_SEED_PASSWORD: "ten-chars!" }).FOLIO_SEED_PASSWORD).toBe("ten-chars!");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", REDIS_URL: " " }).DATABASE_URL).toBeUndefined();
  });
});
