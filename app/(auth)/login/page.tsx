import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const e = env();
  const callbackUrl = safeCallbackUrl(params.callbackUrl, e.NEXTAUTH_URL ?? "http://localhost");
  if (await currentUser()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? params.error.slice(0, 200) : undefined;
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <div>
        <h1 className="text-2xl font-semibold">Sign in to Folio</h1>
        <p className="mt-1 text-sm text-slate-600">Country profiles on digital identity, written together.</p>
      </div>
      <LoginForm initialError={error} oidcName={e.OIDC_ISSUER ? e.OIDC_NAME : undefined} callbackUrl={callbackUrl} />
      <Link href="/profiles" className="text-sm text-blue-700 underline">
        Read the published profiles without an account
      </Link>
    </main>
  );
}
