import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { requireSignedIn } from "@/lib/auth/session";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

// Outside the workspace layout on purpose: while a reset is pending, every workspace page leads here.
export default async function AccountPage() {
  const user = await requireSignedIn();
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <div>
        <h1 className="text-2xl font-semibold">Change your password</h1>
        <p className="mt-1 text-sm text-slate-600" data-testid="account-of">
          {user.name} · {user.email}
        </p>
      </div>
      {user.mustChangePassword ? <Alert tone="info">An admin reset your password. Choose a new one to continue; your other sessions will be signed out.</Alert> : null}
      <ChangePasswordForm action={changePasswordAction} />
      <div className="flex items-center justify-between">
        {user.mustChangePassword ? <span /> : <Link href="/countries" className="text-sm text-blue-700 underline">Back to Folio</Link>}
        <SignOutButton userId={user.id} />
      </div>
    </main>
  );
}
