import { parsePublication } from "./parse-publication";
import { trailingYear } from "./trailing-year";

export type RawCitation =
  | { kind: "ibid"; pinpoint: string | null }
  | { kind: "crossref"; note: number; label: string | null; quoted: boolean; pinpoint: string | null }
  | {
      kind: "full";
      type: string;
      authors: string[];
      title: string;
      container: string | null;
      publisher: string | null;
      dateText: string | null;
      number: string | null;
      url: string | null;
      accessedText: string | null;
    }
  | { kind: "unparsed"; reason: string; text: string; url: string | null; accessedText: string | null };

const wordChar = /[\p{L}\p{N}]/u;
const lawTitle = /\b(act|law|code|regulations?|ordinance|constitution|decree|order|statute|treaty|convention)\b/i;

function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "’" && !wordChar.test(text[i + 1] ?? "")) return i;
  }
  return -1;
}

function matchingOpen(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) return i;
  }
  return -1;
}

function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

// No pattern here puts two unbounded quantifiers over the same characters side by side (or a lazy `.*?` before
// `\s*`): those backtrack quadratically or worse on long runs of spaces. Whitespace is collapsed first.
function splitAuthors(text: string): string[] {
  const value = text.replace(/\s+/g, " ").trim().replace(/,$/, "").trim();
  if (value === "") return [];
  if (!value.includes(" and ") || value.endsWith(" and others")) return [value];
  return value.split(/ ?, ?| and /).filter((a) => a !== "");
}

function takeAccessed(text: string): { rest: string; accessedText: string | null } {
  const index = text.toLowerCase().lastIndexOf("accessed");
  const after = index >= 0 ? text.slice(index + "accessed".length) : "";
  const before = index >= 0 ? text.slice(0, index) : "";
  const wellFormed = after.length >= 2 && /^\s/.test(after) && !/[<>’]/.test(after);
  if (index < 0 || !wellFormed || (before !== "" && !/[\s,>]$/.test(before))) return { rest: text, accessedText: null };
  return { rest: before.trim().replace(/,$/, "").trim(), accessedText: after.trim() };
}

// The first http(s):// in the last whitespace-free run of the text, when something follows it.
function bareUrlAtEnd(text: string): { rest: string; url: string } | null {
  let start = text.length;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  const token = text.slice(start);
  const scheme = /https?:\/\//i.exec(token);
  if (!scheme || token.length === scheme.index + scheme[0].length) return null;
  return { rest: text.slice(0, start + scheme.index).trimEnd(), url: token.slice(scheme.index) };
}

function takeUrl(text: string): { rest: string; url: string | null; trailing: boolean } {
  if (text.endsWith(">")) {
    const open = text.lastIndexOf("<");
    if (open >= 0) return { rest: text.slice(0, open).trim(), url: text.slice(open + 1, -1).trim() || null, trailing: false };
  }
  const bare = bareUrlAtEnd(text);
  if (bare && !bare.rest.endsWith("(")) return { ...bare, trailing: false };
  const inner = /<([^<>]+)>/.exec(text);
  return { rest: text, url: inner?.[1]?.trim() ?? null, trailing: inner !== null };
}

function parseQuoted(head: string, open: number, url: string | null, accessedText: string | null): RawCitation {
  const close = closingQuote(head, open);
  if (close < 0) return { kind: "unparsed", reason: "the title’s closing quotation mark is missing", text: head, url, accessedText };
  const title = head.slice(open + 1, close).trim();
  const rest = head.slice(close + 1).trim();
  const authors = splitAuthors(head.slice(0, open));
  const paren = rest.indexOf("(");
  const container = (paren < 0 ? rest : rest.slice(0, paren)).trim() || null;
  let publication = { publisher: null as string | null, dateText: null as string | null };
  let number: string | null = null;
  if (paren >= 0) {
    const end = matchingClose(rest, paren);
    if (end < 0) return { kind: "unparsed", reason: "a bracket is not closed", text: head, url, accessedText };
    publication = parsePublication(rest.slice(paren + 1, end));
    number = rest.slice(end + 1).trim() || null;
  }
  if (title === "") return { kind: "unparsed", reason: "the title is empty", text: head, url, accessedText };
  const type = number ? "report" : container ? "article-newspaper" : "webpage";
  return { kind: "full", type, authors, title, container, ...publication, number, url, accessedText };
}

function parseUnquoted(head: string, url: string | null, accessedText: string | null): RawCitation {
  if (head === "") return { kind: "unparsed", reason: "there is no title", text: head, url, accessedText };
  const base = { kind: "full" as const, container: null, number: null, url, accessedText };
  if (head.endsWith(")")) {
    const open = matchingOpen(head, head.length - 1);
    if (open < 0) return { kind: "unparsed", reason: "a bracket is not opened", text: head, url, accessedText };
    const content = head.slice(open + 1, -1);
    if (/^act\b|\bno\.?\s*\d/i.test(content)) {
      return { ...base, type: "legislation", authors: [], title: head, publisher: null, dateText: null };
    }
    const before = head.slice(0, open).trim();
    const comma = before.indexOf(", ");
    const authors = comma > 0 ? [before.slice(0, comma)] : [];
    const title = comma > 0 ? before.slice(comma + 2).trim() : before;
    return { ...base, type: "book", authors, title, ...parsePublication(content) };
  }
  const year = trailingYear(head);
  const title = year?.head ?? head;
  return { ...base, type: lawTitle.test(title) ? "legislation" : "book", authors: [], title, publisher: null, dateText: year?.year ?? null };
}

/** Parses one OSCOLA citation (full, `ibid` or `(n X)`) as written in a plain-text footnote, never throwing. */
export function parseCitationText(text: string): RawCitation {
  const value = text.trim();
  const ibid = /^ibid\b\.?,?/i.exec(value);
  if (ibid) return { kind: "ibid", pinpoint: value.slice(ibid[0].length).trim() || null };
  const open = value.indexOf("‘");
  if (open >= 0 && !value.slice(0, open).includes("<")) {
    const close = closingQuote(value, open);
    const after = close >= 0 ? value.slice(close + 1).trim() : "";
    const crossref = close >= 0 ? /^\(n\s*(\d+)\)/.exec(after) : null;
    if (crossref) {
      return { kind: "crossref", note: Number(crossref[1]), label: value.slice(open + 1, close).trim(), quoted: true, pinpoint: after.slice(crossref[0].length).trim() || null };
    }
  } else {
    const crossref = /\(n\s*(\d+)\)/.exec(value);
    if (crossref) {
      const label = value.slice(0, crossref.index).trim() || null;
      return { kind: "crossref", note: Number(crossref[1]), label, quoted: false, pinpoint: value.slice(crossref.index + crossref[0].length).trim() || null };
    }
  }
  const { rest: withoutAccessed, accessedText } = takeAccessed(value);
  const { rest: head, url, trailing } = takeUrl(withoutAccessed);
  if (trailing) return { kind: "unparsed", reason: "there is text after the URL", text: value, url, accessedText };
  const quote = head.indexOf("‘");
  return quote >= 0 ? parseQuoted(head, quote, url, accessedText) : parseUnquoted(head, url, accessedText);
}
