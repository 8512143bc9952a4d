import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { abilitiesFor } from "@/lib/auth/policies";
import { requireUser, toActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const can = abilitiesFor(toActor(user));
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3">
          <Link href="/countries" className="text-lg font-semibold">
            Folio
          </Link>
          <Link href="/countries" className="text-sm text-slate-700 hover:underline">
            Countries
          </Link>
          <Link href="/sources" className="text-sm text-slate-700 hover:underline">
            Sources
          </Link>
          {can["users.manage"] ? (
            <Link href="/admin/users" className="text-sm text-slate-700 hover:underline">
              Users
            </Link>
          ) : null}
          {can["template.manage"] ? (
            <Link href="/admin/template" className="text-sm text-slate-700 hover:underline">
              Template
            </Link>
          ) : null}
          {can["policy.manage"] ? (
            <Link href="/admin/policy" className="text-sm text-slate-700 hover:underline">
              Policy
            </Link>
          ) : null}
          {can["import.run"] ? (
            <Link href="/admin/import" className="text-sm text-slate-700 hover:underline">
              Import
            </Link>
          ) : null}
          <Link href="/profiles" className="text-sm text-slate-700 hover:underline">
            Public site
          </Link>
          <span className="ml-auto text-sm text-slate-600" data-testid="signed-in-as">
            {user.name} · <span className="capitalize">{user.role}</span>
          </span>
          <SignOutButton />
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
