import { attr, child, childrenOf, rootChildren, tagOf, type XmlNode } from "./word-xml";

/** For each list (`w:numId`), whether each level (`w:ilvl`) is numbered (true) or bulleted (false). */
export function readNumbering(numbering: XmlNode[]): (numId: string, level: number) => boolean {
  const abstract = new Map<string, Map<number, boolean>>();
  const nums = new Map<string, string>();
  for (const n of rootChildren(numbering, "w:numbering")) {
    if (tagOf(n) === "w:abstractNum") {
      const levels = new Map<number, boolean>();
      for (const lvl of childrenOf(n)) {
        if (tagOf(lvl) !== "w:lvl") continue;
        const format = attr(child(lvl, "w:numFmt"), "w:val") ?? "decimal";
        levels.set(Number(attr(lvl, "w:ilvl") ?? 0), format !== "bullet" && format !== "none");
      }
      abstract.set(attr(n, "w:abstractNumId") ?? "", levels);
    } else if (tagOf(n) === "w:num") {
      nums.set(attr(n, "w:numId") ?? "", attr(child(n, "w:abstractNumId"), "w:val") ?? "");
    }
  }
  return (numId, level) => abstract.get(nums.get(numId) ?? "")?.get(level) ?? false;
}
