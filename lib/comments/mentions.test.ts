import { describe, expect, it } from "vitest";
import { mentionedUserIds } from "./mentions";

const ana = { id: "a", name: "Ana Silva", email: "ana@example.org" };
const anabel = { id: "b", name: "Anabel", email: "anabel@example.org" };
const kenji = { id: "k", name: "Kenji Sato", email: "kenji@example.org" };
const people = [ana, anabel, kenji];

describe("mentionedUserIds", () => {
  it("finds @Full Name in any case and @email", () => {
    expect(mentionedUserIds("Could @ana silva check this? cc @kenji@example.org", people).sort()).toEqual(["a", "k"]);
  });

  it("only counts a name that ends the word, and prefers the longer of overlapping names", () => {
    expect(mentionedUserIds("@Anabel please look", people)).toEqual(["b"]);
    expect(mentionedUserIds("@Ana Silvana", people)).toEqual([]);
  });

  it("ignores an address that merely contains @ and text without mentions", () => {
    expect(mentionedUserIds("write to office@Kenji Sato", people)).toEqual([]);
    expect(mentionedUserIds("No mention here.", people)).toEqual([]);
  });

  it("treats names as text, not patterns", () => {
    expect(mentionedUserIds("@a.b", [{ id: "x", name: "a.b", email: "x@example.org" }, { id: "y", name: "axb", email: "y@example.org" }])).toEqual(["x"]);
  });

  it("mentions everyone with exactly the name written", () => {
    expect(mentionedUserIds("@Kenji Sato", [kenji, { id: "k2", name: "kenji sato", email: "k2@example.org" }]).sort()).toEqual(["k", "k2"]);
  });
});
