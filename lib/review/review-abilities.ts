import { refusal, type Actor } from "@/lib/auth/policies";
import { canTransition, statusLabels, type SectionStatus } from "./status";

export interface ReviewAbilities {
  /** null when allowed, otherwise why not (for a disabled button's reason). */
  submit: string | null;
  withdraw: string | null;
  decide: string | null;
}

/**
 * What the actor may do to a section's review now: policies answer who, the state machine answers when.
 * `open` is the revision in review, if any.
 */
export function reviewAbilities(actor: Actor, status: SectionStatus, open: { submittedBy: string | null; authors: readonly string[] } | null): ReviewAbilities {
  const when = (event: "submit" | "withdraw" | "approve") => (canTransition(status, event) ? null : `The section is ${statusLabels[status].toLowerCase()}.`);
  const noOpen = open === null ? "There is no revision in review." : null;
  return {
    submit: refusal(actor, "section.submit") ?? when("submit"),
    withdraw: noOpen ?? refusal(actor, "review.withdraw", { submittedBy: open!.submittedBy }) ?? when("withdraw"),
    decide: noOpen ?? refusal(actor, "review.decide", { submittedBy: open!.submittedBy, authors: open!.authors }) ?? when("approve"),
  };
}
