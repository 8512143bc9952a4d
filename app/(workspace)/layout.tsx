import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { IntentLink } from "@/components/ui/intent-link";
import { NotificationBell } from "@/components/review/notification-bell";
import { abilitiesFor, type GeneralAction } from "@/lib/auth/policies";
import { requireUser, toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { unreadCount } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

const links: { href: string; label: string; action: GeneralAction | null }[] = [
  { href: "/countries", label: "Countries", action: null },
  { href: "/sources", label: "Sources", action: null },
  { href: "/search", label: "Search", action: "profile.readDraft" },
  { href: "/review", label: "Review", action: "review.queue" },
  { href: "/freshness", label: "Freshness", action: "profile.readDraft" },
  { href: "/admin/users", label: "Users", action: "users.manage" },
  { href: "/admin/template", label: "Template", action: "template.manage" },
  { href: "/admin/policy", label: "Policy", action: "policy.manage" },
  { href: "/admin/import", label: "Import", action: "import.run" },
  { href: "/admin/audit", label: "Audit", action: "audit.read" },
  { href: "/profiles", label: "Public site", action: null },
];

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const can = abilitiesFor(toActor(user));
  const unread = await unreadCount({ actor: toActor(user), db: getDb() });
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3">
          <Link href="/countries" className="text-lg font-semibold">
            Folio
          </Link>
          {links
            .filter((l) => l.action === null || can[l.action])
            .map((l) => (
              <IntentLink key={l.href} href={l.href} className="text-sm text-slate-700 hover:underline">
                {l.label}
              </IntentLink>
            ))}
          <span className="ml-auto">
            <NotificationBell unread={unread} />
          </span>
          <span className="text-sm text-slate-600" data-testid="signed-in-as">
            {user.name} · <span className="capitalize">{user.role}</span>
          </span>
          <IntentLink href="/account" className="text-sm text-slate-700 hover:underline">
            Account
          </IntentLink>
          <SignOutButton userId={user.id} />
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
