/** Normalises a URL for comparison: lowercase scheme and host, no fragment, no utm_* parameters, no trailing slash. */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  parsed.hash = "";
  const tracking = [...parsed.searchParams.keys()].filter((name) => name.toLowerCase().startsWith("utm_"));
  for (const name of tracking) parsed.searchParams.delete(name);
  if (tracking.length > 0 && parsed.searchParams.size === 0) parsed.search = "";
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith("/")) parsed.pathname = parsed.pathname.replace(/\/+$/, "");
  const text = parsed.toString();
  return parsed.search === "" && parsed.pathname === "/" ? text.replace(/\/$/, "") : text;
}
