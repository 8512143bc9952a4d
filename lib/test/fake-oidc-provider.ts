import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** The person the fake provider signs in next: any claims, including a non-boolean `email_verified`. */
export interface FakeIdentity {
  sub: string;
  email?: string;
  email_verified?: unknown;
  name?: string;
}

interface PendingCode {
  identity: FakeIdentity;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
}

export interface FakeOidcProvider {
  issuer: string;
  /** Who the next /authorize request signs in (the provider's own login screen, skipped). */
  signInAs(identity: FakeIdentity): void;
  close(): Promise<void>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

/**
 * A minimal OpenID provider on loopback for tests: discovery, JWKS, authorization code with PKCE (S256 only),
 * a token endpoint authenticating the client by secret, and RS256 ID tokens signed with a key made at start.
 */
export async function startFakeOidcProvider({ clientId, clientSecret }: { clientId: string; clientSecret: string }): Promise<FakeOidcProvider> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomBytes(8).toString("hex");
  const jwk = { ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" };
  const codes = new Map<string, PendingCode>();
  let next: FakeIdentity | null = null;
  let issuer = "";

  const idToken = (identity: FakeIdentity) => {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
    const payload = b64url(JSON.stringify({ ...identity, iss: issuer, aud: clientId, iat: now, exp: now + 300 }));
    return `${header}.${payload}.${b64url(sign("sha256", Buffer.from(`${header}.${payload}`), privateKey))}`;
  };

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };

  const clientAuthenticated = (req: http.IncomingMessage, form: URLSearchParams) => {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "");
    if (basic) {
      const [id, secret] = Buffer.from(basic[1]!, "base64").toString().split(":").map(decodeURIComponent);
      return id === clientId && secret === clientSecret;
    }
    return form.get("client_id") === clientId && form.get("client_secret") === clientSecret;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    if (req.method === "GET" && url.pathname === "/.well-known/openid-configuration") {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
        code_challenge_methods_supported: ["S256"],
      });
    }
    if (req.method === "GET" && url.pathname === "/jwks") return json(res, 200, { keys: [jwk] });
    if (req.method === "GET" && url.pathname === "/authorize") {
      const q = url.searchParams;
      const redirectUri = q.get("redirect_uri");
      const codeChallenge = q.get("code_challenge");
      if (q.get("client_id") !== clientId || q.get("response_type") !== "code" || !redirectUri || !codeChallenge || q.get("code_challenge_method") !== "S256" || !next) {
        return json(res, 400, { error: "invalid_request" });
      }
      const code = randomBytes(16).toString("hex");
      codes.set(code, { identity: next, clientId, redirectUri, codeChallenge });
      next = null;
      const to = new URL(redirectUri);
      to.searchParams.set("code", code);
      if (q.get("state")) to.searchParams.set("state", q.get("state")!);
      res.writeHead(302, { location: to.toString() });
      return res.end();
    }
    if (req.method === "POST" && url.pathname === "/token") {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        const form = new URLSearchParams(body);
        if (!clientAuthenticated(req, form)) return json(res, 401, { error: "invalid_client" });
        const code = form.get("code") ?? "";
        const pending = codes.get(code);
        codes.delete(code);
        const verifier = form.get("code_verifier") ?? "";
        if (
          form.get("grant_type") !== "authorization_code" ||
          !pending ||
          pending.redirectUri !== form.get("redirect_uri") ||
          b64url(createHash("sha256").update(verifier).digest()) !== pending.codeChallenge
        ) {
          return json(res, 400, { error: "invalid_grant" });
        }
        json(res, 200, { access_token: randomBytes(16).toString("hex"), token_type: "Bearer", expires_in: 300, id_token: idToken(pending.identity) });
      });
      return;
    }
    json(res, 404, { error: "not_found" });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    signInAs: (identity) => {
      next = identity;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
