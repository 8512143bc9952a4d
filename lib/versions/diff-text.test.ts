import { describe, expect, it } from "vitest";
import { diffText } from "./diff-text";

describe("diffText", () => {
  it("marks inserted and deleted words, keeping the unchanged ones", () => {
    const parts = diffText("Residents register at district offices.", "Residents register online or at district offices.");
    expect(parts.filter((p) => p.op === "ins").map((p) => p.text.trim())).toEqual(["online or"]);
    expect(parts.filter((p) => p.op === "del")).toEqual([]);
    expect(parts.filter((p) => p.op !== "ins").map((p) => p.text).join("")).toBe("Residents register at district offices.");
    expect(parts.filter((p) => p.op !== "del").map((p) => p.text).join("")).toBe("Residents register online or at district offices.");
  });
  it("shows a replaced word as a deletion and an insertion", () => {
    expect(diffText("open on Mondays", "open on Saturdays")).toEqual([{ op: "eq", text: "open on " }, { op: "del", text: "Mondays" }, { op: "ins", text: "Saturdays" }]);
  });
});
