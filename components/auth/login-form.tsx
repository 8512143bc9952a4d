"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

const messages: Record<string, string> = {
  CredentialsSignin: "Email or password is incorrect.",
  NoAccount: "No Folio account uses that email. Ask an admin to create one.",
  OidcEmailUnverified: "Your single sign-on provider has not verified your email address. Verify it there, then try again.",
  OidcAccountBound: "The Folio account with that email is already linked to another single sign-on identity. Ask an admin.",
  OidcInvalidToken: "Single sign-on returned an incomplete identity. Try again or ask an admin.",
  SessionRequired: "Sign in to continue.",
};

export function LoginForm({ initialError, oidcName, callbackUrl }: { initialError?: string; oidcName?: string; callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState(initialError ? (messages[initialError] ?? initialError) : undefined);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error ? (messages[result.error] ?? result.error) : "Sign-in failed. Try again.");
      return;
    }
    router.push(safeCallbackUrl(callbackUrl, window.location.origin));
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
        {error ? <Alert>{error}</Alert> : null}
        <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oidcName ? (
        <Button variant="secondary" onClick={() => void signIn("oidc", { callbackUrl })}>
          Continue with {oidcName}
        </Button>
      ) : null}
    </div>
  );
}
