import { AppError } from "@/lib/errors";

export const sectionStatuses = ["draft", "in_review", "changes_requested", "approved"] as const;
export type SectionStatus = (typeof sectionStatuses)[number];

export const reviewEvents = ["submit", "withdraw", "approve", "request_changes"] as const;
export type ReviewEvent = (typeof reviewEvents)[number];

/** The only transitions there are: status → event → next status. Anything missing is refused. */
export const transitions: { readonly [S in SectionStatus]: Readonly<Partial<Record<ReviewEvent, SectionStatus>>> } = {
  draft: { submit: "in_review" },
  // Submitting again supersedes the open revision.
  in_review: { submit: "in_review", withdraw: "draft", approve: "approved", request_changes: "changes_requested" },
  changes_requested: { submit: "in_review" },
  approved: { submit: "in_review" },
};

const eventWords: Record<ReviewEvent, string> = {
  submit: "submitted",
  withdraw: "withdrawn",
  approve: "approved",
  request_changes: "sent back with changes requested",
};

export const statusLabels: Record<SectionStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
};

/** The status after `event`, or null when the event is not allowed from `from`. */
export function nextStatus(from: SectionStatus, event: ReviewEvent): SectionStatus | null {
  return transitions[from][event] ?? null;
}

export function canTransition(from: SectionStatus, event: ReviewEvent): boolean {
  return nextStatus(from, event) !== null;
}

/** The status after `event`. @throws AppError `conflict:review` naming the current status */
export function assertTransition(from: SectionStatus, event: ReviewEvent): SectionStatus {
  const next = nextStatus(from, event);
  if (next === null) throw new AppError("conflict:review", `A section that is ${statusLabels[from].toLowerCase()} cannot be ${eventWords[event]}.`);
  return next;
}

/** What lists show: an approved section whose draft moved on is "changed since approval" (the approved revision still publishes). */
export type DisplayStatus = SectionStatus | "approved_changed";

export function displayStatus(status: SectionStatus, changedSinceApproval: boolean): DisplayStatus {
  return status === "approved" && changedSinceApproval ? "approved_changed" : status;
}
