import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseProfile } from "./parse-profile";
import { toJson } from "./to-json";

const seed = readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");

describe("toJson", () => {
  const json = toJson(parseProfile(seed, { now: "2026-01-20" }));

  it("has only the CLI's fields and survives JSON", () => {
    expect(Object.keys(json)).toEqual(["notes", "problems"]);
    for (const note of json.notes) {
      expect(Object.keys(note)).toEqual(["number", "citations"]);
      for (const c of note.citations) {
        expect(Object.keys(c)).toEqual(["sourceKey", "title", "url", "accessed"]);
        expect(c.accessed === null || /^\d{4}-\d{2}-\d{2}$/.test(c.accessed)).toBe(true);
      }
    }
    for (const p of json.problems) expect(Object.keys(p)).toEqual(["kind", "notes", "line", "message"]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("gives ibid and (n X) the citation they refer to", () => {
    const byNumber = new Map(json.notes.map((n) => [n.number, n.citations]));
    expect(byNumber.get(16)).toEqual(byNumber.get(15));
    expect(byNumber.get(4)?.[0]?.sourceKey).toBe(byNumber.get(2)?.[0]?.sourceKey);
    expect(json.notes).toHaveLength(55);
  });

  it("keeps a synthetic profile's shape exactly", () => {
    const text = ["Testland", "", "Digital ID Overview", "", "Text.[1]", "", "1.^", "", "‘A’ <https://a.example/> accessed 1 May 2025."].join("\n");
    expect(toJson(parseProfile(text, { now: "2025-06-01" }))).toEqual({
      notes: [{ number: 1, citations: [{ sourceKey: "url:https://a.example", title: "A", url: "https://a.example/", accessed: "2025-05-01" }] }],
      problems: [],
    });
  });
});
