import { formatOscolaDate } from "./format-oscola-date";
import { isSafeUrl } from "./is-safe-url";
import type { SegmentBuilder } from "./segment-builder";
import type { NoteItem, Source } from "./types";

export type CitationForm = { kind: "full" } | { kind: "ibid" } | { kind: "crossref"; note: number };

const unquotedTypes = new Set(["book", "legislation", "legal_case", "bill", "treaty"]);

function isUnquotedType(type: string | undefined): boolean {
  return type !== undefined && unquotedTypes.has(type);
}

function authorList(authors: string[]): string {
  const names = authors.map((a) => a.trim()).filter((a) => a !== "");
  if (names.length > 3) return `${names[0]} and others`;
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function publication(source: Source, locale: string): string {
  const publisher = source.publisher?.trim() || null;
  const date = source.date?.trim() ? formatOscolaDate(source.date, locale) : null;
  if (publisher && date) return /^\d{4}$/.test(date) ? `${publisher} ${date}` : `${publisher}, ${date}`;
  return publisher ?? date ?? "";
}

function appendTitle(out: SegmentBuilder, source: Source): void {
  if (isUnquotedType(source.type)) {
    out.push("title", source.title);
  } else {
    out.push("text", "‘");
    out.push("title", source.title);
    out.push("text", "’");
  }
  if (source.titleTranslation?.trim()) out.push("text", ` [${source.titleTranslation.trim()}]`);
}

function appendFull(out: SegmentBuilder, item: NoteItem, locale: string): void {
  const { source } = item;
  const authors = authorList(source.authors ?? []);
  if (authors) out.push("text", `${authors}, `);
  appendTitle(out, source);
  if (source.container?.trim()) out.push("text", ` ${source.container.trim()}`);
  const details = publication(source, locale);
  if (details) {
    const bare = source.type === "legislation" && !source.publisher?.trim();
    out.push("text", bare ? ` ${details}` : ` (${details})`);
  }
  if (source.number?.trim()) out.push("text", ` ${source.number.trim()}`);
  if (item.pinpoint?.trim()) out.push("text", ` ${item.pinpoint.trim()}`);
  const url = source.url?.trim();
  if (url) {
    out.push("text", " <");
    if (isSafeUrl(url)) out.push("url", url, { href: url });
    else out.push("text", url);
    out.push("text", ">");
  }
  if (item.accessed?.trim()) out.push("text", ` accessed ${formatOscolaDate(item.accessed, locale)}`);
  const archive = item.archiveUrl?.trim();
  if (archive && isSafeUrl(archive)) {
    out.push("text", ", archived at <");
    out.push("url", archive, { href: archive });
    out.push("text", ">");
  }
}

/** Appends one citation of a note item in full, as `ibid` or as a `(n X)` cross-reference. */
export function appendCitation(out: SegmentBuilder, item: NoteItem, form: CitationForm, locale: string): void {
  const pinpoint = item.pinpoint?.trim();
  if (form.kind === "full") {
    appendFull(out, item, locale);
    return;
  }
  if (form.kind === "ibid") {
    out.push("ibid", "ibid");
  } else {
    appendTitle(out, item.source);
    out.push("text", " ");
    out.push("crossref", `(n ${form.note})`, { note: form.note });
  }
  if (pinpoint) out.push("text", ` ${pinpoint}`);
}
