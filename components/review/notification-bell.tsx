import Link from "next/link";

/** The header's bell: unread count, linking to the notifications page. */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link href="/notifications" className="relative inline-flex items-center text-sm text-slate-700 hover:underline" aria-label={`Notifications, ${unread} unread`}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
        <path d="M5 8a5 5 0 0 1 10 0c0 4 1.5 5.5 2 6H3c.5-.5 2-2 2-6Z" />
        <path d="M8 16.5a2 2 0 0 0 4 0" strokeLinecap="round" />
      </svg>
      {unread > 0 ? <span className="ml-0.5 rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white" data-testid="unread-count">{unread}</span> : null}
    </Link>
  );
}
