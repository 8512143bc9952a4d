import type { FootnoteChange, FootnoteValues } from "./diff-footnotes";

const sourceLabel = (v: FootnoteValues[] | null) => (v ?? []).map((i) => i.title).join("; ") || "no source";
const list = (v: FootnoteValues[] | null, key: "accessed" | "pinpoint") => (v ?? []).map((i) => i[key] ?? "none").join("; ");
const number = (n: number | null) => (n === null ? "?" : String(n));

/** One line saying what happened to a footnote, with its numbers and the old and new values. */
export function describeFootnoteChange(c: FootnoteChange): string {
  switch (c.kind) {
    case "added":
      return `Footnote ${number(c.numberAfter)} added: ${sourceLabel(c.after)} (accessed ${list(c.after, "accessed")})`;
    case "removed":
      return `Footnote ${number(c.numberBefore)} removed: ${sourceLabel(c.before)}`;
    case "changed": {
      const parts = c.fields.map((f) =>
        f === "source" ? `source ${sourceLabel(c.before)} → ${sourceLabel(c.after)}` : f === "accessed" ? `accessed ${list(c.before, "accessed")} → ${list(c.after, "accessed")}` : `pinpoint ${list(c.before, "pinpoint")} → ${list(c.after, "pinpoint")}`,
      );
      const n = c.numberBefore === c.numberAfter ? number(c.numberAfter) : `${number(c.numberBefore)} (now ${number(c.numberAfter)})`;
      return `Footnote ${n} changed: ${parts.join(", ")}`;
    }
  }
}
