import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { writeAudit } from "@/lib/audit/write-audit";
import { safeCallbackUrl } from "./safe-callback-url";
import { createSession, revokeSession } from "./sessions";
import { verifyCredentials } from "./verify-credentials";

function oidcProviders(): NextAuthOptions["providers"] {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p: { sub: string; email?: string; name?: string }) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? null }),
    },
  ];
}

async function userIdForEmail(email: string | null | undefined): Promise<string | null> {
  if (!email) return null;
  const [row] = await getDb()
    .select({ id: users.id, disabled: users.disabled })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row && !row.disabled ? row.id : null;
}

/** next-auth options: JWT sessions whose `sid` points at a revocable user_sessions row. */
export const authOptions: NextAuthOptions = {
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
    ...oidcProviders(),
  ],
  callbacks: {
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackUrl(url, baseUrl)}`;
    },
    // Single sign-on admits only people an admin has already created (matched by email).
    async signIn({ user, account }) {
      if (account?.provider === "credentials") return true;
      return (await userIdForEmail(user.email)) !== null || "/login?error=NoAccount";
    },
    async jwt({ token, user, account }) {
      if (user) {
        const userId = account?.provider === "credentials" ? user.id : await userIdForEmail(user.email);
        if (!userId) return { ...token, sid: undefined };
        const sid = await createSession(getDb(), userId);
        await writeAudit(getDb(), { actorId: userId, action: "auth.sign_in", subjectType: "user", subjectId: userId, data: { provider: account?.provider } });
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
