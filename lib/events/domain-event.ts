import type { Role } from "@/lib/db/schema/auth";
import type { SectionStatus } from "@/lib/review/status";

/**
 * One domain event: what a command did, stored as its audit row (`type` is the row's `action`, `data` its payload)
 * by recordEvent in the command's transaction. Handlers in ./handlers.ts react to it after commit.
 */
type Defined<T extends string, S extends string, D = undefined> = {
  type: T;
  actorId: string | null;
  subjectType: S;
  subjectId: string;
  reason?: string | null;
} & (D extends undefined ? { data?: undefined } : { data: D });

type Change<T> = { from: T; to: T };
type Moment = Date | string | null;

/** A section's review status changed (the four review commands); the payload names where it now stands. */
type StatusChange = { sectionId: string; profileId: string; status: SectionStatus; number: number };

/** Every domain event there is. Add one here, then record it with recordEvent and react to it in ./handlers.ts. */
export type DomainEvent =
  // Accounts and sign-in
  | Defined<"auth.sign_in", "user", { provider: string | undefined }>
  | Defined<"auth.oidc_bind", "user", { issuer: string; subject: string }>
  | Defined<"user.create", "user", { email: string; role: Role }>
  | Defined<"user.role", "user", Change<Role>>
  | Defined<"user.disable" | "user.enable" | "user.password_change" | "user.password_reset", "user">
  // Review
  | Defined<"review.submit", "revision", StatusChange & { contentHash: string; authors: string[]; previousStatus: SectionStatus }>
  | Defined<"review.approve" | "review.request_changes", "revision", StatusChange & { contentHash: string }>
  | Defined<"review.withdraw", "revision", StatusChange>
  | Defined<"review.assign", "revision", { sectionId: string; assigneeId: string }>
  | Defined<"review.dismiss", "revision", { sectionId: string; number: number; contentHash: string; byRevisionId: string }>
  | Defined<"suggestion.accept" | "suggestion.reject", "suggestion", { sectionId: string; kind: string; text: string; suggestedBy: { id: string; name: string }; suggestedAt: string; decision: "accepted" | "rejected" }>
  | Defined<"comment.resolve" | "comment.reopen", "thread", { sectionId: string }>
  // Citations and sources
  | Defined<"citation.add", "section", { citationId: string; sources: string[] }>
  | Defined<"citation.edit", "section", { citationId: string; position: number; accessed: Change<string | null>; pinpoint: Change<string | null> }>
  | Defined<"citation.reverify", "citation_source", { result: string; from: Moment; to: Moment; archiveUrl: string | null; replacementSourceId: string | null }>
  | Defined<"source.create", "source", { title: string }>
  | Defined<"source.merge", "source", { merged: string; citations: number }>
  | Defined<"source.archive", "source", Change<string | null>>
  | Defined<"links.check", "link_check_run", { total: number; force: boolean }>
  // Profiles, template, settings
  | Defined<"profile.create", "profile", { countryCode: string; demo?: true }>
  | Defined<"profile.archive", "profile", { countryCode: string }>
  | Defined<"profile.import", "profile", Record<string, unknown> & { countryCode: string; problems: number; format: string }>
  | Defined<"profile.import_draft", "profile", Record<string, unknown> & { format: string; problems: number }>
  | Defined<"template.add", "template_section", { title: string; parentId: string | null | undefined }>
  | Defined<"template.rename", "template_section", Change<string>>
  | Defined<"template.move", "template_section", { direction: "up" | "down" }>
  | Defined<"template.delete", "template_section", { title: string }>
  | Defined<"policy.citations", "settings", Change<unknown>>
  // Publishing
  | Defined<"profile.publish", "profile_version", { iso: string; version: number; contentHash: string; sections: { id: string; state: string; revision?: number; since?: number }[] }>
  | Defined<"publish.override", "profile_version", { iso: string; version: number; problems: unknown[] }>;

export type EventType = DomainEvent["type"];
/** The events that change a section's review status. */
export type SectionStatusEvent = EventOf<"review.submit" | "review.withdraw" | "review.approve" | "review.request_changes">;
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;
