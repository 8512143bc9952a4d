import type { Role } from "@/lib/db/schema/auth";

/** Who is acting: a signed-in user as loaded from the database, or null for a public reader. */
export type Actor = { id: string; role: Role; disabled?: boolean } | null;

export const actions = [
  "profile.readPublished",
  "profile.readDraft",
  "profile.create",
  "section.comment",
  "section.edit",
  "section.submit",
  "citation.add",
  "citation.reverify",
  "source.merge",
  "review.read",
  "review.decide",
  "profile.publish",
  "publish.override",
  "users.manage",
  "template.manage",
  "policy.manage",
  "countries.manage",
  "import.run",
  "audit.read",
] as const;
export type Action = (typeof actions)[number];

/** What an action is about, where the rule depends on it (e.g. who submitted a revision). */
export interface Subject {
  submittedBy?: string | null;
}

type Rule = (actor: Actor, subject: Subject) => boolean;

const rank: Record<Role, number> = { viewer: 1, researcher: 2, editor: 3, admin: 4 };

const anyone: Rule = () => true;
const atLeast =
  (role: Role): Rule =>
  (actor) =>
    actor !== null && !actor.disabled && rank[actor.role] >= rank[role];
const and =
  (...rules: Rule[]): Rule =>
  (actor, subject) =>
    rules.every((r) => r(actor, subject));
const notOwnSubmission: Rule = (actor, subject) => actor !== null && subject.submittedBy !== actor.id;

const viewer = atLeast("viewer");
const researcher = atLeast("researcher");
const editor = atLeast("editor");
const admin = atLeast("admin");

function ruleFor(action: Action): Rule {
  switch (action) {
    case "profile.readPublished":
      return anyone;
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
    case "profile.publish":
      return editor;
    case "review.decide":
      return and(editor, notOwnSubmission);
    case "publish.override":
    case "users.manage":
    case "template.manage":
    case "policy.manage":
    case "countries.manage":
    case "import.run":
    case "audit.read":
      return admin;
  }
}

/** Whether the actor may perform the action on the subject. */
export function can(actor: Actor, action: Action, subject: Subject = {}): boolean {
  return ruleFor(action)(actor, subject);
}

/** Thrown by authorize(); carries the refused action. */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor(readonly action: Action, readonly signedIn: boolean) {
    super(signedIn ? `You do not have permission to ${action}.` : "Sign in to continue.");
  }
}

/** Like can(), but throws. @throws ForbiddenError */
export function authorize(actor: Actor, action: Action, subject: Subject = {}): void {
  if (!can(actor, action, subject)) throw new ForbiddenError(action, actor !== null);
}

export type Abilities = Record<Action, boolean>;

/** Every action's answer for this actor and subject, for the UI to reflect (never re-derive). */
export function abilitiesFor(actor: Actor, subject: Subject = {}): Abilities {
  return Object.fromEntries(actions.map((a) => [a, can(actor, a, subject)])) as Abilities;
}
