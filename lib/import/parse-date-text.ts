const monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const months = new Map<string, number>();
monthNames.forEach((name, i) => {
  months.set(name, i + 1);
  months.set(name.slice(0, 3), i + 1);
});
months.set("sept", 9);

export type DateText = { looksLikeDate: false } | { looksLikeDate: true; iso: string | null; precision: "year" | "month" | "day" };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function build(year: number, month: number | undefined, day: number | undefined): string | null {
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number | undefined {
  return months.get(name.toLowerCase().replace(/\.$/, ""));
}

/** Reads `21 February 2025`, `January 20, 2026`, `May 2023`, `2015` or ISO; `iso` is null when it looks like a date but is not one. */
export function parseDateText(text: string): DateText {
  const value = text.trim().replace(/\s+/g, " ");
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (m) {
    const [, y, mo, d] = m;
    const precision = d ? "day" : mo ? "month" : "year";
    return { looksLikeDate: true, iso: build(Number(y), mo ? Number(mo) : undefined, d ? Number(d) : undefined), precision };
  }
  m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(value);
  if (m) {
    const [, d, name = "", y] = m;
    const month = monthNumber(name);
    return { looksLikeDate: true, iso: month ? build(Number(y), month, Number(d)) : null, precision: "day" };
  }
  m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(value);
  if (m) {
    const [, name = "", d, y] = m;
    const month = monthNumber(name);
    return { looksLikeDate: true, iso: month ? build(Number(y), month, Number(d)) : null, precision: "day" };
  }
  m = /^([A-Za-z]+\.?) (\d{4})$/.exec(value);
  if (m && monthNumber(m[1] ?? "")) return { looksLikeDate: true, iso: build(Number(m[2]), monthNumber(m[1] ?? ""), undefined), precision: "month" };
  return { looksLikeDate: false };
}
