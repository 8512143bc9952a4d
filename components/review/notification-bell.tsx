import Link from "next/link";

/** The header's bell: unread count, linking to the notifications page. */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link href="/notifications" className="relative text-sm text-slate-700 hover:underline" aria-label={`Notifications, ${unread} unread`}>
      <span aria-hidden="true">🔔</span>
      {unread > 0 ? <span className="ml-0.5 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white" data-testid="unread-count">{unread}</span> : null}
    </Link>
  );
}
