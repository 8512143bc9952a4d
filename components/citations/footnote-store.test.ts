import { describe, expect, it } from "vitest";
import { FootnoteStore, type FormattedFootnote } from "./footnote-store";

const note = (n: number, text = `Report ${n}`): FormattedFootnote => ({ number: n, citationId: `c${n}`, sectionId: "s1", text, segments: [{ kind: "text", text }] });
const status = { error: null, loading: false, orders: "live" as const };

describe("FootnoteStore.set", () => {
  it("keeps the objects of unchanged footnotes and calls no listener when nothing changed", () => {
    const store = new FootnoteStore();
    let calls = 0;
    store.subscribe(() => calls++);
    expect(store.set([note(1), note(2)], [], status)).toBe(true);
    const first = store.get("c1");
    expect(store.set([note(1), note(2)], [], status)).toBe(false);
    expect(calls).toBe(1);
    expect(store.get("c1")).toBe(first);
  });

  it("publishes a changed text, number or status, keeping the unchanged footnotes' objects", () => {
    const store = new FootnoteStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.set([note(1), note(2)], [], status);
    const first = store.get("c1");
    expect(store.set([note(1), note(2, "Report 2 (n 1)")], [], status)).toBe(true);
    expect(store.get("c1")).toBe(first);
    expect(store.get("c2")?.text).toBe("Report 2 (n 1)");
    expect(store.set([note(1), note(2, "Report 2 (n 1)")], [], { ...status, loading: true })).toBe(true);
    expect(store.set([note(1)], [], { ...status, loading: true })).toBe(true);
    expect(store.all()).toHaveLength(1);
    expect(store.set([note(1)], [{ citationId: "x", sectionId: "s2" }], { ...status, loading: true })).toBe(true);
    expect(store.foreign()).toEqual([{ citationId: "x", sectionId: "s2" }]);
    expect(calls).toBe(5);
  });

  it("publishes an unchanged numbering when forced (sources read again)", () => {
    const store = new FootnoteStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.set([note(1)], [], status);
    expect(store.set([note(1)], [], status, true)).toBe(true);
    expect(calls).toBe(2);
  });
});
