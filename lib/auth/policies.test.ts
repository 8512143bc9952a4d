import { describe, expect, it } from "vitest";
import { type Action, type Actor, abilitiesFor, actions, authorize, can, ForbiddenError } from "./policies";

const user = (role: "viewer" | "researcher" | "editor" | "admin", extra: Partial<NonNullable<Actor>> = {}): Actor => ({
  id: `${role}-id`,
  role,
  ...extra,
});

// The role × action table of DESIGN.md, written out in full so a changed rule fails here.
const table: Record<Action, [publicReader: boolean, viewer: boolean, researcher: boolean, editor: boolean, admin: boolean]> = {
  "profile.readPublished": [true, true, true, true, true],
  "profile.readDraft": [false, true, true, true, true],
  "section.comment": [false, true, true, true, true],
  "review.read": [false, true, true, true, true],
  "profile.create": [false, false, true, true, true],
  "section.edit": [false, false, true, true, true],
  "section.submit": [false, false, true, true, true],
  "citation.add": [false, false, true, true, true],
  "citation.reverify": [false, false, true, true, true],
  "source.merge": [false, false, false, true, true],
  "review.decide": [false, false, false, true, true],
  "profile.publish": [false, false, false, true, true],
  "publish.override": [false, false, false, false, true],
  "users.manage": [false, false, false, false, true],
  "template.manage": [false, false, false, false, true],
  "policy.manage": [false, false, false, false, true],
  "countries.manage": [false, false, false, false, true],
  "import.run": [false, false, false, false, true],
  "audit.read": [false, false, false, false, true],
};

const actors: Actor[] = [null, user("viewer"), user("researcher"), user("editor"), user("admin")];

describe("policies", () => {
  it("the table covers every action", () => {
    expect(Object.keys(table).sort()).toEqual([...actions].sort());
  });

  it.each(actions)("%s follows the role table for every role", (action) => {
    const got = actors.map((a) => can(a, action, { submittedBy: "someone-else" }));
    expect(got).toEqual(table[action]);
  });

  it("abilitiesFor returns the whole map per role", () => {
    for (const [i, actor] of actors.entries()) {
      const map = abilitiesFor(actor, { submittedBy: "someone-else" });
      for (const action of actions) expect(map[action]).toBe(table[action][i]);
    }
  });

  it("nobody approves their own submission, not even an admin", () => {
    expect(can(user("editor"), "review.decide", { submittedBy: "editor-id" })).toBe(false);
    expect(can(user("admin"), "review.decide", { submittedBy: "admin-id" })).toBe(false);
    expect(can(user("editor"), "review.decide", { submittedBy: "researcher-id" })).toBe(true);
  });

  it("a disabled user may do nothing a signed-in user may", () => {
    const disabled = user("admin", { disabled: true });
    for (const action of actions) expect(can(disabled, action)).toBe(action === "profile.readPublished");
  });

  it("authorize throws ForbiddenError with a sign-in message for the public", () => {
    expect(() => authorize(null, "profile.readDraft")).toThrow(ForbiddenError);
    expect(() => authorize(null, "profile.readDraft")).toThrow("Sign in");
    expect(() => authorize(user("viewer"), "section.edit")).toThrow("permission");
    expect(() => authorize(user("researcher"), "section.edit")).not.toThrow();
  });
});
