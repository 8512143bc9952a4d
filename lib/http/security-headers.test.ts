import { describe, expect, it } from "vitest";
import { appContentSecurityPolicy, baseSecurityHeaders, isHttpsUrl, newNonce } from "./security-headers";

describe("security headers", () => {
  it("send HSTS only when NEXTAUTH_URL is https", () => {
    expect(baseSecurityHeaders({ https: isHttpsUrl("https://folio.example.org") })).toMatchObject({ "strict-transport-security": "max-age=31536000", "x-content-type-options": "nosniff" });
    expect(baseSecurityHeaders({ https: isHttpsUrl("http://localhost:3000") })).not.toHaveProperty("strict-transport-security");
    expect(baseSecurityHeaders({ https: isHttpsUrl(undefined) })).not.toHaveProperty("strict-transport-security");
  });

  it("the app policy allows scripts by nonce only, upgrades requests on https, and allows its own WebSocket", () => {
    const policy = appContentSecurityPolicy({ nonce: "abc", host: "folio.example.org:8443", https: true, dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("connect-src 'self' ws://folio.example.org:8443 wss://folio.example.org:8443;");
    expect(policy).toContain("upgrade-insecure-requests");
    expect(appContentSecurityPolicy({ nonce: "abc", host: "[::1]:3000", https: false, dev: true })).toMatch(/script-src [^;]*'unsafe-eval'.*connect-src 'self' ws:\/\/\[::1\]:3000 wss:\/\/\[::1\]:3000/);
  });

  it("a Host header that is not a plain host cannot add directives", () => {
    for (const host of ["evil.example; script-src *", "a b", "x.example/path", ""]) {
      const policy = appContentSecurityPolicy({ nonce: "abc", host, https: false, dev: false });
      expect(policy, host).toContain("connect-src 'self';");
      expect(policy.match(/script-src/g), host).toHaveLength(1);
    }
  });

  it("nonces are fresh and long enough", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
