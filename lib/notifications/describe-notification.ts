import type { NotificationKind } from "@/lib/db/schema/review";
import { countryName } from "@/lib/profiles/countries";

/** What a notification row knows once joined to its section, profile, revision and thread. */
export interface NotificationFacts {
  kind: NotificationKind;
  actorName: string | null;
  countryCode: string | null;
  sectionId: string | null;
  sectionTitle: string | null;
  revisionId: string | null;
  revisionNumber: number | null;
  threadId: string | null;
  threadRevisionId: string | null;
  quote: string | null;
  /** The text stored when it was sent (a reviewer's note, for changes requested). */
  storedText: string;
}

const short = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 59)}…` : quote);

/**
 * A notification in words, naming the profile and section, and the exact place it is about: the revision's review
 * page, or the thread (on the review page it was started on, else in the section editor's margin).
 */
export function describeNotification(n: NotificationFacts): { text: string; where: string; href: string | null } {
  const who = n.actorName ?? "Someone";
  const iso = n.countryCode?.toLowerCase() ?? null;
  const where = n.countryCode && n.sectionTitle ? `${countryName(n.countryCode)} › ${n.sectionTitle}` : "a deleted section";
  const revision = n.revisionNumber !== null ? `revision ${n.revisionNumber}` : "a revision";
  const quote = n.quote !== null ? `“${short(n.quote)}”` : "a comment";
  const threadHref = n.threadId
    ? n.threadRevisionId
      ? `/review/${n.threadRevisionId}#thread-${n.threadId}`
      : iso && n.sectionId
        ? `/countries/${iso}/sections/${n.sectionId}#thread-${n.threadId}`
        : null
    : null;
  const revisionHref = n.revisionId ? `/review/${n.revisionId}` : null;
  switch (n.kind) {
    case "submitted":
      return { text: `${who} submitted ${revision} for review`, where, href: revisionHref };
    case "assigned":
      return { text: `${who} asked you to review ${revision}`, where, href: revisionHref };
    case "approved":
      return { text: `${who} approved ${revision}`, where, href: revisionHref };
    case "changes_requested": {
      const note = /^Changes were requested on revision \d+: ([^]*)$/.exec(n.storedText)?.[1];
      return { text: `${who} requested changes to ${revision}${note ? `: ${note}` : ""}`, where, href: revisionHref };
    }
    case "reply":
      return { text: `${who} replied on ${quote}`, where, href: threadHref };
    case "thread":
      return { text: `${who} started a thread on ${quote}`, where, href: threadHref };
    case "mention":
      return { text: `${who} mentioned you on ${quote}`, where, href: threadHref };
  }
}
