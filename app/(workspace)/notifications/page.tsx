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
  const unread = items.filter((i) => !i.readAt).length;
  return (
    <article className="flex flex-col gap-4">
      <header className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        <p className="text-sm text-slate-600">{unread} unread</p>
        {unread > 0 ? <MarkReadButton /> : null}
      </header>
      {items.length === 0 ? <p className="text-sm text-slate-600">Nothing yet.</p> : null}
      <ul aria-label="Notifications" className="flex flex-col gap-2 text-sm">
        {items.map((n) => (
          <li key={n.id} data-unread={n.readAt ? undefined : "true"} className={`flex flex-wrap items-center gap-x-2 gap-y-1 rounded border px-3 py-2 ${n.readAt ? "border-slate-200 bg-white" : "border-blue-300 bg-blue-50"}`}>
            {n.readAt ? null : <span className="rounded bg-blue-700 px-1.5 text-xs font-semibold text-white">Unread</span>}
            {n.href ? (
              <Link href={n.href} className="text-blue-800 underline">
                {n.text}
              </Link>
            ) : (
              <span>{n.text}</span>
            )}
            <span className="text-slate-700">in {n.where}</span>
            <span className="text-slate-600">· {formatDate(n.createdAt)}</span>
            {n.readAt ? null : (
              <span className="ml-auto">
                <MarkReadButton id={n.id} label={`${n.text} in ${n.where}`} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}
