import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { env, publicUrl } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { recordEvent } from "@/lib/events/record-event";
import { services } from "@/lib/server/services";
import { admitOidcSignIn, userIdForOidcIdentity, type OidcClaims } from "./oidc-sign-in";
import { safeCallbackUrl } from "./safe-callback-url";
import { createSession, revokeSession } from "./sessions";
import { verifyCredentials } from "./verify-credentials";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

function oidcSettingsFromEnv(): OidcSettings | null {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  return { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, name: e.OIDC_NAME };
}

function oidcProvider(o: OidcSettings): NextAuthOptions["providers"][number] {
  return {
      id: "oidc",
      name: o.name,
      type: "oauth",
      wellKnown: `${o.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: o.clientId,
      clientSecret: o.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      // The profile is the ID token's claims, verified by openid-client; the account is decided in `signIn` below.
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p: { sub: string; email?: string; name?: string }) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? null }),
  };
}

/**
 * next-auth options: JWT sessions whose `sid` points at a revocable user_sessions row. `baseUrl` is NEXTAUTH_URL:
 * when it is https every next-auth cookie is `Secure` (and `__Secure-`/`__Host-` prefixed).
 */
export function createAuthOptions({ oidc, baseUrl, secret }: { oidc: OidcSettings | null; baseUrl: string | undefined; secret?: string }): NextAuthOptions {
  return {
  ...(secret ? { secret } : {}),
  useSecureCookies: baseUrl?.startsWith("https://") ?? false,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          const header = req.headers?.[CLIENT_ADDRESS_HEADER];
          const address = typeof header === "string" && header !== "" ? header : "unknown";
          const user = await verifyCredentials({ db: getDb(), input: { email: credentials?.email, password: credentials?.password }, address });
          return { id: user.id, email: user.email, name: user.name };
        } catch (e) {
          // next-auth passes a thrown message through to the sign-in page as `error`.
          if (isAppError(e)) throw new Error(e.message);
          throw e;
        }
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackUrl(url, baseUrl)}`;
    },
    // Single sign-on admits only people an admin has already created: see admitOidcSignIn.
    async signIn({ account, profile }) {
      if (account?.provider === "credentials") return true;
      const decision = await admitOidcSignIn(getDb(), (profile ?? {}) as OidcClaims);
      return decision.ok || `/login?error=${decision.reason}`;
    },
    async jwt({ token, user, account, profile }) {
      if (user) {
        // `user.id` is the provider's `sub` for single sign-on: the account is the one signIn bound that identity to.
        const userId = account?.provider === "credentials" ? user.id : await userIdForOidcIdentity(getDb(), (profile ?? {}) as OidcClaims);
        if (!userId) return { ...token, sid: undefined };
        const sid = await createSession(getDb(), userId);
        await recordEvent(getDb(), { actorId: userId, type: "auth.sign_in", subjectType: "user", subjectId: userId, data: { provider: account?.provider } });
        return { ...token, sub: userId, sid };
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(getDb(), token.sid);
    },
  },
  };
}

let options: { secret: string | null; value: NextAuthOptions } | undefined;

/** This server's next-auth options, signing with the secret server.ts installed in services() (created once per secret). */
export function authOptions(): NextAuthOptions {
  const secret = services().authSecret;
  if (options?.secret !== secret) options = { secret, value: createAuthOptions({ oidc: oidcSettingsFromEnv(), baseUrl: publicUrl(), secret: secret ?? undefined }) };
  return options.value;
}
