import type { Role } from "@/lib/db/schema/auth";

/** A signed-in user as loaded from the database. */
export type SignedInActor = { id: string; role: Role; disabled?: boolean; mustChangePassword?: boolean };
/** Who is acting: a signed-in user, or null for a public reader. */
export type Actor = SignedInActor | null;

/** A revision as the four-eyes rule sees it: who submitted it and who wrote any part of it. */
export interface RevisionSubject {
  submittedBy: string | null;
  authors: readonly string[];
}

/** A suggestion as deciding it sees it: who made it, and who has written the section it is in. */
export interface SuggestionSubject {
  suggestedBy: string;
  sectionWriters: readonly string[];
}

/**
 * What each action is about. `void` actions depend on the role alone; the others need their subject in the
 * call, so `can(editor, "review.decide")` without the revision does not compile.
 */
export interface Subjects {
  "profile.readPublished": void;
  "profile.readDraft": void;
  "profile.create": void;
  "profile.archive": void;
  "section.comment": void;
  "section.edit": void;
  "section.submit": void;
  "citation.add": void;
  "citation.reverify": void;
  "source.merge": void;
  "links.check": void;
  "review.read": void;
  "review.queue": void;
  "review.decide": RevisionSubject;
  "review.withdraw": { submittedBy: string | null };
  "review.assign": { assignee: { id: string; role: Role; disabled?: boolean } };
  "comment.resolve": { authorId: string | null };
  "suggestion.decide": SuggestionSubject;
  "profile.publish": void;
  "publish.override": void;
  "users.manage": void;
  "template.manage": void;
  "policy.manage": void;
  "countries.manage": void;
  "import.run": void;
  /** Import a file into an existing profile as a new draft (each changed section submitted for review). */
  "import.intoProfile": void;
  "audit.read": void;
  "collab.inspect": void;
  "account.changePassword": void;
}

export type Action = keyof Subjects;
/** Actions decided by role alone (no subject). */
export type GeneralAction = { [A in Action]: Subjects[A] extends void ? A : never }[Action];
/** Actions only a signed-in user can ever be allowed. */
export type SignedInAction = Exclude<Action, "profile.readPublished">;
type SubjectArgs<A extends Action> = Subjects[A] extends void ? [] : [subject: Subjects[A]];

const every: { [A in Action]: true } = {
  "profile.readPublished": true,
  "profile.readDraft": true,
  "profile.create": true,
  "profile.archive": true,
  "section.comment": true,
  "section.edit": true,
  "section.submit": true,
  "citation.add": true,
  "citation.reverify": true,
  "source.merge": true,
  "links.check": true,
  "review.read": true,
  "review.queue": true,
  "review.decide": true,
  "review.withdraw": true,
  "review.assign": true,
  "comment.resolve": true,
  "suggestion.decide": true,
  "profile.publish": true,
  "publish.override": true,
  "users.manage": true,
  "template.manage": true,
  "policy.manage": true,
  "countries.manage": true,
  "import.run": true,
  "import.intoProfile": true,
  "audit.read": true,
  "collab.inspect": true,
  "account.changePassword": true,
};
export const actions = Object.keys(every) as Action[];
export const generalActions = actions.filter(
  (a): a is GeneralAction => !["review.decide", "review.withdraw", "review.assign", "comment.resolve", "suggestion.decide"].includes(a),
);

/** A rule answers null (allowed) or why not, in words a user can read. */
type Rule<S> = (actor: Actor, subject: S) => string | null;

const rank: Record<Role, number> = { viewer: 1, researcher: 2, editor: 3, admin: 4 };

const anyone: Rule<unknown> = () => null;
const atLeast =
  (role: Role): Rule<unknown> =>
  (actor) => {
    if (actor === null) return "Sign in to continue.";
    if (actor.disabled) return "Your account is disabled.";
    if (actor.mustChangePassword) return "Choose a new password first (Account → Change password).";
    return rank[actor.role] >= rank[role] ? null : `You do not have permission to do this (${role}s and above only).`;
  };
const and =
  <S>(...rules: Rule<S>[]): Rule<S> =>
  (actor, subject) => {
    for (const rule of rules) {
      const refusal = rule(actor, subject);
      if (refusal !== null) return refusal;
    }
    return null;
  };
const or =
  <S>(...rules: Rule<S>[]): Rule<S> =>
  (actor, subject) => {
    let first: string | null = null;
    for (const rule of rules) {
      const refusal = rule(actor, subject);
      if (refusal === null) return null;
      first ??= refusal;
    }
    return first;
  };

// Changing one's own password is the one thing a session that must change it may do.
const signedIn: Rule<unknown> = (actor) => (actor === null ? "Sign in to continue." : actor.disabled ? "Your account is disabled." : null);
const viewer = atLeast("viewer");
const researcher = atLeast("researcher");
const editor = atLeast("editor");
const admin = atLeast("admin");

const notSubmitter: Rule<RevisionSubject> = (actor, s) => (actor !== null && s.submittedBy === actor.id ? "You submitted this revision; another editor must decide it." : null);
const notAuthor: Rule<RevisionSubject> = (actor, s) => (actor !== null && s.authors.includes(actor.id) ? "You wrote part of this revision; an editor who did not must decide it." : null);
const isSubmitter: Rule<{ submittedBy: string | null }> = (actor, s) => (actor !== null && s.submittedBy === actor.id ? null : "Only the submitter or an editor may withdraw it.");
const assigneeIsEditor: Rule<Subjects["review.assign"]> = (_actor, s) => (!s.assignee.disabled && rank[s.assignee.role] >= rank.editor ? null : "Only an editor can be assigned a review.");
const notOwnSuggestion: Rule<SuggestionSubject> = (actor, s) => (actor !== null && s.suggestedBy === actor.id ? "You made this suggestion; someone else must accept or reject it." : null);
const wroteSection: Rule<SuggestionSubject> = (actor, s) => (actor !== null && s.sectionWriters.includes(actor.id) ? null : "Only a researcher who wrote this section, or an editor, may decide its suggestions.");
const isCommentAuthor: Rule<{ authorId: string | null }> = (actor, s) => (actor !== null && s.authorId === actor.id ? null : "Only the thread's author or a researcher may resolve it.");

function ruleFor<A extends Action>(action: A): Rule<Subjects[A]>;
function ruleFor(action: Action): Rule<never> {
  switch (action) {
    case "profile.readPublished":
      return anyone;
    case "account.changePassword":
      return signedIn;
    // Viewers may comment (DESIGN: "viewer — read drafts and reviews; comment"); resolving is the author's or a researcher's.
    case "profile.readDraft":
    case "section.comment":
    case "review.read":
      return viewer;
    case "profile.create":
    case "section.edit":
    case "section.submit":
    case "citation.add":
    case "citation.reverify":
      return researcher;
    case "source.merge":
    case "links.check":
    case "profile.publish":
    case "review.queue":
      return editor;
    case "review.decide":
      return and(editor, notSubmitter, notAuthor);
    case "review.withdraw":
      return and(researcher, or(isSubmitter, editor));
    case "review.assign":
      return and(editor, assigneeIsEditor);
    case "comment.resolve":
      return and(viewer, or(researcher, isCommentAuthor));
    // Nobody decides their own suggestion; the section's researchers and editors decide the others'.
    case "suggestion.decide":
      return and(researcher, notOwnSuggestion, or(editor, wroteSection));
    case "publish.override":
    case "users.manage":
    case "template.manage":
    case "policy.manage":
    case "countries.manage":
    case "import.run":
    case "import.intoProfile":
    case "profile.archive":
    case "audit.read":
    case "collab.inspect":
      return admin;
  }
}

/** Why the actor may not perform the action on the subject, or null when they may. */
export function refusal<A extends Action>(actor: Actor, action: A, ...subject: SubjectArgs<A>): string | null {
  return ruleFor(action)(actor, subject[0] as Subjects[A]);
}

/** Whether the actor may perform the action on the subject. */
export function can<A extends Action>(actor: Actor, action: A, ...subject: SubjectArgs<A>): boolean {
  return refusal(actor, action, ...subject) === null;
}

/** Thrown by authorize(); carries the refused action and the reason. */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor(
    readonly action: Action,
    readonly signedIn: boolean,
    reason?: string,
  ) {
    super(signedIn ? (reason ?? `You do not have permission to ${action}.`) : "Sign in to continue.");
  }
}

/** Like can(), but throws; afterwards TypeScript knows the actor is signed in. @throws ForbiddenError */
export function authorize<A extends SignedInAction>(actor: Actor, action: A, ...subject: SubjectArgs<A>): asserts actor is SignedInActor {
  const reason = refusal(actor, action, ...subject);
  if (reason !== null) throw new ForbiddenError(action, actor !== null, reason);
}

export type Abilities = Record<GeneralAction, boolean>;

/** Every role-only action's answer for this actor, for the UI to reflect (never re-derive). */
export function abilitiesFor(actor: Actor): Abilities {
  return Object.fromEntries(generalActions.map((a) => [a, refusal(actor, a as "profile.readDraft") === null])) as Abilities;
}
