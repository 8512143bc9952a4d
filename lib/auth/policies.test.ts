import { describe, expect, it } from "vitest";
import { type Action, type Actor, type Subjects, abilitiesFor, actions, authorize, can, ForbiddenError, generalActions, refusal } from "./policies";

type RoleName = "viewer" | "researcher" | "editor" | "admin";
const user = (role: RoleName, extra: Partial<NonNullable<Actor>> = {}): Actor => ({ id: `${role}-id`, role, ...extra });

const actors: Actor[] = [null, user("viewer"), user("researcher"), user("editor"), user("admin")];

// A subject that belongs to nobody in `actors`, so only the role decides.
const foreign: { [A in Action]: Subjects[A] } = {
  "profile.readPublished": undefined,
  "profile.readDraft": undefined,
  "profile.create": undefined,
  "profile.archive": undefined,
  "section.comment": undefined,
  "section.edit": undefined,
  "section.submit": undefined,
  "citation.add": undefined,
  "citation.reverify": undefined,
  "source.merge": undefined,
  "links.check": undefined,
  "review.read": undefined,
  "review.queue": undefined,
  "review.decide": { submittedBy: "someone-else", authors: ["another-one"] },
  "review.withdraw": { submittedBy: "someone-else" },
  "review.assign": { assignee: { id: "someone-else", role: "editor" } },
  "comment.resolve": { authorId: "someone-else" },
  "suggestion.decide": { suggestedBy: "someone-else", sectionWriters: ["another-one"] },
  "profile.publish": undefined,
  "publish.override": undefined,
  "users.manage": undefined,
  "template.manage": undefined,
  "policy.manage": undefined,
  "countries.manage": undefined,
  "import.run": undefined,
  "import.intoProfile": undefined,
  "audit.read": undefined,
  "collab.inspect": undefined,
  "account.changePassword": undefined,
};

// The role × action table of DESIGN.md, written out in full so a changed rule fails here.
const table: Record<Action, [publicReader: boolean, viewer: boolean, researcher: boolean, editor: boolean, admin: boolean]> = {
  "profile.readPublished": [true, true, true, true, true],
  "profile.readDraft": [false, true, true, true, true],
  "section.comment": [false, true, true, true, true],
  "review.read": [false, true, true, true, true],
  "profile.create": [false, false, true, true, true],
  "profile.archive": [false, false, false, false, true],
  "section.edit": [false, false, true, true, true],
  "section.submit": [false, false, true, true, true],
  "citation.add": [false, false, true, true, true],
  "citation.reverify": [false, false, true, true, true],
  "comment.resolve": [false, false, true, true, true],
  "source.merge": [false, false, false, true, true],
  "links.check": [false, false, false, true, true],
  "review.queue": [false, false, false, true, true],
  "review.decide": [false, false, false, true, true],
  "review.withdraw": [false, false, false, true, true],
  "review.assign": [false, false, false, true, true],
  "suggestion.decide": [false, false, false, true, true],
  "profile.publish": [false, false, false, true, true],
  "publish.override": [false, false, false, false, true],
  "users.manage": [false, false, false, false, true],
  "template.manage": [false, false, false, false, true],
  "policy.manage": [false, false, false, false, true],
  "countries.manage": [false, false, false, false, true],
  "import.run": [false, false, false, false, true],
  "import.intoProfile": [false, false, false, false, true],
  "audit.read": [false, false, false, false, true],
  "collab.inspect": [false, false, false, false, true],
  "account.changePassword": [false, true, true, true, true],
};

const check = (actor: Actor, action: Action) => refusal(actor, action as "review.decide", foreign[action] as Subjects["review.decide"]) === null;

describe("policies", () => {
  it("the table covers every action", () => {
    expect(Object.keys(table).sort()).toEqual([...actions].sort());
  });

  it.each(actions)("%s follows the role table for every role", (action) => {
    expect(actors.map((a) => check(a, action))).toEqual(table[action]);
  });

  it("abilitiesFor returns the whole map of role-only actions per role", () => {
    for (const [i, actor] of actors.entries()) {
      const map = abilitiesFor(actor);
      expect(Object.keys(map).sort()).toEqual([...generalActions].sort());
      for (const action of generalActions) expect(map[action]).toBe(table[action][i]);
    }
  });

  it("nobody decides a revision they submitted or wrote any part of, not even an admin", () => {
    const editor = user("editor");
    const admin = user("admin");
    expect(can(editor, "review.decide", { submittedBy: "editor-id", authors: [] })).toBe(false);
    expect(can(admin, "review.decide", { submittedBy: "admin-id", authors: ["admin-id"] })).toBe(false);
    expect(can(editor, "review.decide", { submittedBy: "researcher-id", authors: ["researcher-id", "editor-id"] })).toBe(false);
    expect(refusal(editor, "review.decide", { submittedBy: "researcher-id", authors: ["editor-id"] })).toMatch(/wrote part of this revision/);
    expect(refusal(editor, "review.decide", { submittedBy: "editor-id", authors: [] })).toMatch(/submitted this revision/);
    expect(can(editor, "review.decide", { submittedBy: "researcher-id", authors: ["researcher-id"] })).toBe(true);
  });

  it("the submitter may withdraw their own submission; other researchers may not", () => {
    expect(can(user("researcher"), "review.withdraw", { submittedBy: "researcher-id" })).toBe(true);
    expect(can(user("researcher"), "review.withdraw", { submittedBy: "other" })).toBe(false);
    expect(can(user("viewer"), "review.withdraw", { submittedBy: "viewer-id" })).toBe(false);
  });

  it("only editors can be assigned; a viewer may resolve their own thread", () => {
    expect(can(user("editor"), "review.assign", { assignee: { id: "x", role: "researcher" } })).toBe(false);
    expect(can(user("editor"), "review.assign", { assignee: { id: "x", role: "admin" } })).toBe(true);
    expect(can(user("editor"), "review.assign", { assignee: { id: "x", role: "editor", disabled: true } })).toBe(false);
    expect(can(user("viewer"), "comment.resolve", { authorId: "viewer-id" })).toBe(true);
    expect(can(null, "comment.resolve", { authorId: null })).toBe(false);
  });

  it("nobody decides their own suggestion; a researcher who wrote the section decides others'", () => {
    expect(refusal(user("editor"), "suggestion.decide", { suggestedBy: "editor-id", sectionWriters: [] })).toMatch(/You made this suggestion/);
    expect(can(user("researcher"), "suggestion.decide", { suggestedBy: "other", sectionWriters: ["researcher-id"] })).toBe(true);
    expect(can(user("researcher"), "suggestion.decide", { suggestedBy: "other", sectionWriters: ["someone"] })).toBe(false);
    expect(can(user("researcher"), "suggestion.decide", { suggestedBy: "researcher-id", sectionWriters: ["researcher-id"] })).toBe(false);
    expect(can(user("viewer"), "suggestion.decide", { suggestedBy: "other", sectionWriters: ["viewer-id"] })).toBe(false);
  });

  it("a disabled user may do nothing a signed-in user may", () => {
    const disabled = user("admin", { disabled: true });
    for (const action of generalActions) expect(can(disabled, action as "profile.readDraft")).toBe(action === "profile.readPublished");
    expect(check(disabled, "review.decide")).toBe(false);
  });

  it("a user who must change their password may do nothing else until they have", () => {
    const pending = user("admin", { mustChangePassword: true });
    for (const action of generalActions) {
      expect(can(pending, action as "profile.readDraft")).toBe(action === "profile.readPublished" || action === "account.changePassword");
    }
    expect(refusal(pending, "profile.readDraft")).toMatch(/new password first/);
    expect(check(pending, "review.decide")).toBe(false);
  });

  it("authorize throws ForbiddenError with a sign-in message for the public and the reason otherwise", () => {
    expect(() => authorize(null, "profile.readDraft")).toThrow(ForbiddenError);
    expect(() => authorize(null, "profile.readDraft")).toThrow("Sign in");
    expect(() => authorize(user("viewer"), "section.edit")).toThrow("permission");
    expect(() => authorize(user("editor"), "review.decide", { submittedBy: "editor-id", authors: [] })).toThrow("submitted this revision");
    const actor: Actor = user("researcher");
    authorize(actor, "section.edit");
    // After authorize, the actor is known to be signed in: no `actor!`.
    expect(actor.id).toBe("researcher-id");
  });
});
