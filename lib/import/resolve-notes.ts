import { isSafeUrl } from "../citations/is-safe-url";
import { normalizeTitle } from "../citations/normalize-title";
import { sourceKey } from "../citations/source-key";
import { parseCitationText, type RawCitation } from "./parse-citation-text";
import { parseDateText } from "./parse-date-text";
import { splitCitations } from "./split-citations";
import type { ParsedCitation, ParsedNote, Problem } from "./types";

export interface RawNote {
  number: number;
  line: number;
  textLine: number;
  raw: string;
}

type Report = (problem: Omit<Problem, "notes" | "line">) => void;

function fullCitation(raw: Extract<RawCitation, { kind: "full" | "unparsed" }>, now: string, report: Report): ParsedCitation {
  const base = raw.kind === "full" ? raw : { ...raw, type: "webpage", authors: [], title: raw.text, container: null, publisher: null, dateText: null, number: null };
  if (raw.kind === "unparsed") report({ kind: "unparsed-citation", message: `Could not read the citation “${raw.text}”: ${raw.reason}.` });
  let date: string | null = null;
  if (base.dateText) {
    const parsed = parseDateText(base.dateText);
    date = parsed.looksLikeDate && parsed.iso ? parsed.iso : base.dateText;
    if (parsed.looksLikeDate && !parsed.iso) report({ kind: "invalid-date", message: `“${base.dateText}” is not a valid date.` });
  }
  let accessed: string | null = null;
  if (raw.accessedText) {
    const parsed = parseDateText(raw.accessedText);
    if (parsed.looksLikeDate && parsed.iso && parsed.precision === "day") accessed = parsed.iso;
    else report({ kind: "invalid-date", message: `The access date “${raw.accessedText}” is not a valid day.` });
  }
  if (accessed && accessed > now) report({ kind: "access-date-in-future", message: `The access date ${accessed} is after ${now}.` });
  if (raw.url && !raw.accessedText) report({ kind: "missing-access-date", message: `<${raw.url}> has no access date.` });
  if (raw.url && !isSafeUrl(raw.url)) report({ kind: "unsafe-url", message: `<${raw.url}> is not an http or https URL.` });
  if (base.publisher && /^(https?:\/\/|www\.)\S+$/i.test(base.publisher)) {
    report({ kind: "publisher-is-url", message: `The publisher “${base.publisher}” is a URL, not a name.` });
  }
  return {
    kind: "full",
    sourceKey: sourceKey({ url: raw.url, title: base.title }),
    title: base.title,
    url: raw.url,
    accessed,
    publisher: base.publisher,
    date,
    pinpoint: null,
    authors: base.authors,
    container: base.container,
    number: base.number,
    type: base.type,
    refersTo: null,
  };
}

function unresolved(kind: "ibid" | "crossref", title: string, pinpoint: string | null): ParsedCitation {
  const key = title ? sourceKey({ title }) : "";
  return { kind, sourceKey: key, title, url: null, accessed: null, publisher: null, date: null, pinpoint, authors: [], container: null, number: null, type: "webpage", refersTo: null };
}

function referTo(target: ParsedCitation, kind: "ibid" | "crossref", pinpoint: string | null, note: number): ParsedCitation {
  return { ...target, kind, pinpoint, refersTo: note };
}

function labelMatches(citation: ParsedCitation, label: string): boolean {
  const wanted = normalizeTitle(label);
  if (normalizeTitle(citation.title) === wanted) return true;
  return citation.authors.some((a) => normalizeTitle(a) === wanted || normalizeTitle(a).endsWith(` ${wanted}`));
}

function crossref(raw: Extract<RawCitation, { kind: "crossref" }>, current: number, byNumber: Map<number, ParsedNote>, report: Report): ParsedCitation {
  const label = raw.label ?? "";
  const target = byNumber.get(raw.note);
  if (!target || raw.note >= current || target.citations.length === 0) {
    report({ kind: "unresolved-reference", message: `(n ${raw.note}) does not point to an earlier note with a citation.` });
    return unresolved("crossref", label, raw.pinpoint);
  }
  const matched = label ? target.citations.find((c) => labelMatches(c, label)) : undefined;
  if (matched) return referTo(matched, "crossref", raw.pinpoint, target.number);
  const only = target.citations.length === 1 ? target.citations[0] : undefined;
  if (only && !label) return referTo(only, "crossref", raw.pinpoint, target.number);
  report({ kind: "unresolved-reference", message: `(n ${raw.note}) names “${label}”, which note ${raw.note} does not cite.` });
  return unresolved("crossref", label, raw.pinpoint);
}

function ibid(raw: Extract<RawCitation, { kind: "ibid" }>, previous: ParsedNote | undefined, report: Report): ParsedCitation {
  const last = previous?.citations[previous.citations.length - 1];
  if (!previous || !last) {
    report({ kind: "unresolved-reference", message: "ibid has no preceding note with a citation." });
    return unresolved("ibid", "", raw.pinpoint);
  }
  if (previous.citations.length > 1) {
    report({ kind: "ambiguous-ibid", message: `ibid follows note ${previous.number}, which cites ${previous.citations.length} sources; assumed the last.` });
  }
  return referTo(last, "ibid", raw.pinpoint, previous.number);
}

/** Parses each note's citations and resolves `ibid` and `(n X)` to the citation they repeat, reporting what is wrong. */
export function resolveNotes(rawNotes: RawNote[], now: string): { notes: ParsedNote[]; problems: Problem[] } {
  const notes: ParsedNote[] = [];
  const problems: Problem[] = [];
  const byNumber = new Map<number, ParsedNote>();
  for (const rawNote of rawNotes) {
    const report: Report = (p) => problems.push({ ...p, notes: [rawNote.number], line: rawNote.textLine });
    if (byNumber.has(rawNote.number)) {
      problems.push({ kind: "duplicate-note", notes: [rawNote.number], line: rawNote.line, message: `Note ${rawNote.number} appears more than once.` });
    }
    const text = rawNote.raw.trim().replace(/\.$/, "");
    if (text === "") report({ kind: "empty-note", message: `Note ${rawNote.number} is empty.` });
    const citations = splitCitations(text).map((part) => {
      const raw = parseCitationText(part);
      if (raw.kind === "ibid") return ibid(raw, notes[notes.length - 1], report);
      if (raw.kind === "crossref") return crossref(raw, rawNote.number, byNumber, report);
      return fullCitation(raw, now, report);
    });
    const note: ParsedNote = { number: rawNote.number, line: rawNote.line, raw: rawNote.raw, citations };
    notes.push(note);
    if (!byNumber.has(note.number)) byNumber.set(note.number, note);
  }
  return { notes, problems };
}
