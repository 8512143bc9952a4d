const englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const cache = new Map<string, string>();
const formatters = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();

function formattersFor(locale: string) {
  let found = formatters.get(locale);
  if (!found) {
    found = {
      day: new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
      month: new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }),
    };
    formatters.set(locale, found);
  }
  return found;
}

/** Renders an ISO date (`2025`, `2025-02`, `2025-02-21`) as OSCOLA writes it (`21 February 2025`); other text is returned as written. */
export function formatOscolaDate(value: string, locale = "en-GB"): string {
  const cacheKey = `${locale}|${value}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const result = render(value, locale);
  // Intl formatting costs microseconds per call; profiles repeat a handful of dates many times.
  if (cache.size >= 10_000) cache.clear();
  cache.set(cacheKey, result);
  return result;
}

function render(value: string, locale: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return value.trim();
  const [, year = "", month, day] = match;
  if (!month) return year;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  if (date.getUTCMonth() !== Number(month) - 1 || (day && date.getUTCDate() !== Number(day))) return value.trim();
  if (locale === "en-GB") {
    const name = englishMonths[date.getUTCMonth()] ?? "";
    return day ? `${date.getUTCDate()} ${name} ${year}` : `${name} ${year}`;
  }
  const { day: dayFormat, month: monthFormat } = formattersFor(locale);
  return (day ? dayFormat : monthFormat).format(date);
}
