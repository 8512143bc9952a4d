import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadButton } from "@/components/review/mark-read-button";
import { requireUser, toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format-date";
import { listNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireUser();
  const items = await listNotifications({ actor: toActor(user), db: getDb() });
  return (
    <article className="flex flex-col gap-4">
      <header className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        {items.some((i) => !i.readAt) ? <MarkReadButton /> : null}
      </header>
      {items.length === 0 ? <p className="text-sm text-slate-600">Nothing yet.</p> : null}
      <ul className="flex flex-col gap-2 text-sm">
        {items.map((n) => (
          <li key={n.id} className={`rounded border px-3 py-2 ${n.readAt ? "border-slate-200 bg-white" : "border-blue-300 bg-blue-50"}`}>
            {n.revisionId ? <Link href={`/review/${n.revisionId}`} className="text-blue-800 underline">{n.text}</Link> : <span>{n.text}</span>}
            <span className="ml-2 text-slate-600">
              {n.actorName ? `by ${n.actorName} · ` : ""}
              {formatDate(n.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
