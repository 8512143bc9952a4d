import type { FreshnessCitation } from "./freshness-citations";

const header = ["country", "section", "source", "url", "accessed", "link status", "link reason", "archive url", "re-verifications", "last re-verified"];

function cell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  // Quote always; neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The drill-down rows as CSV (RFC 4180, CRLF), safe to open in a spreadsheet. */
export function freshnessCsv(rows: FreshnessCitation[]): string {
  const lines = [header.map(cell).join(",")];
  for (const r of rows) {
    lines.push([r.country, r.sectionTitle, r.title, r.url, r.accessedAt, r.linkStatus, r.linkReason, r.archiveUrl, r.reverifications, r.lastReverifiedAt].map(cell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
