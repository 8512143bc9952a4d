import { isSafeUrl } from "./is-safe-url";
import { normalizeUrl } from "./normalize-url";
import type { NoteItem } from "./types";

export type LintKind = "missing-note" | "url-as-title" | "foreign-citation" | "missing-access-date" | "url-title-conflict" | "invalid-date" | "access-date-in-future" | "unsafe-url" | "stale-access-date";

export interface LintProblem {
  kind: LintKind;
  notes: number[];
  message: string;
}

export interface LintOptions {
  /** Access dates older than this many months are reported (the admin's policy). */
  maxAgeMonths: number;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** Citation nodes whose id belongs to another profile (see splitOwnCitations): not numbered, reported here. */
  foreign?: readonly { citationId: string }[];
}

const isRealDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/** A title that is only a web address (what a pasted bare URL used to become). */
const looksLikeUrl = (title: string) => /^(?:https?:\/\/|www\.)\S+$/i.test(title.trim());

function monthsBefore(today: string, months: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** Checks a draft's numbered footnotes for the import's problem kinds plus access dates older than the policy. */
export function lintFootnotes(notes: { number: number; items: NoteItem[] }[], { maxAgeMonths, today, foreign = [] }: LintOptions): LintProblem[] {
  // notes [0]: a foreign citation has no number of its own, so it sorts first.
  const problems: LintProblem[] = foreign.map(({ citationId }) => ({ kind: "foreign-citation", notes: [0], message: `A footnote marker points to a citation of another profile (${citationId}): delete it and cite the source again.` }));
  const staleBefore = monthsBefore(today, maxAgeMonths);
  const titlesByUrl = new Map<string, Map<string, number[]>>();
  for (const note of notes) {
    if (note.items.length === 0) problems.push({ kind: "missing-note", notes: [note.number], message: `Footnote ${note.number} has no source: its citation is missing from the registry.` });
    for (const { source, accessed } of note.items) {
      const url = source.url?.trim();
      if (url && !isSafeUrl(url)) problems.push({ kind: "unsafe-url", notes: [note.number], message: `Footnote ${note.number} links to ${url}, which is not an http or https address.` });
      if (looksLikeUrl(source.title)) problems.push({ kind: "url-as-title", notes: [note.number], message: `Footnote ${note.number} cites a source whose title is a web address (${source.title.trim()}): give the source its real title.` });
      if (url && !accessed) problems.push({ kind: "missing-access-date", notes: [note.number], message: `Footnote ${note.number} cites a URL without an access date.` });
      if (accessed && !isRealDate(accessed)) problems.push({ kind: "invalid-date", notes: [note.number], message: `Footnote ${note.number} has an access date that is not a real date (${accessed}).` });
      else if (accessed && accessed > today) problems.push({ kind: "access-date-in-future", notes: [note.number], message: `Footnote ${note.number} was accessed on ${accessed}, which is in the future.` });
      else if (accessed && accessed < staleBefore) {
        problems.push({ kind: "stale-access-date", notes: [note.number], message: `Footnote ${note.number} was last accessed on ${accessed}, more than ${maxAgeMonths} months ago: re-verify it.` });
      }
      if (url) {
        const key = normalizeUrl(url);
        const titles = titlesByUrl.get(key) ?? new Map<string, number[]>();
        titles.set(source.title, [...(titles.get(source.title) ?? []), note.number]);
        titlesByUrl.set(key, titles);
      }
    }
  }
  for (const [url, titles] of titlesByUrl) {
    if (titles.size < 2) continue;
    const involved = [...new Set([...titles.values()].flat())].sort((a, b) => a - b);
    problems.push({ kind: "url-title-conflict", notes: involved, message: `${url} is cited under ${titles.size} different titles (notes ${involved.join(", ")}).` });
  }
  return problems.sort((a, b) => a.notes[0]! - b.notes[0]! || a.kind.localeCompare(b.kind));
}
