// One URL policy for every boundary (form, paste, import, API) and again at export: absolute http(s),
// a host, and no control characters (which URL parsers silently drop, so `java\tscript:` or
// `https://exa\nmple.org` would mean something other than what was shown).
const controls = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether a URL is absolute http(s) with a host and no control characters, and so safe to store and render as a link. */
export function isSafeUrl(url: string): boolean {
  const value = url.trim();
  if (!/^https?:\/\//i.test(value) || controls.test(value)) return false;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}

/** The message every boundary gives for a URL that fails `isSafeUrl`. */
export const unsafeUrlMessage = "URL must start with http:// or https://.";

/**
 * A URL as written into an export: null unless `isSafeUrl`; kept as typed when it is printable ASCII
 * without characters that mean something to BibTeX, RIS, Markdown or XML, otherwise the WHATWG
 * serialisation with those characters (and any `%` that starts no escape) percent-encoded, so every export carries it whole on one line.
 */
export function exportUrl(url: string | null | undefined): string | null {
  if (!url || !isSafeUrl(url)) return null;
  const value = url.trim();
  const lonePercent = /%(?![0-9A-Fa-f]{2})/;
  if (/^[\x21-\x7e]+$/.test(value) && !/[{}\\|^`"'<>]/.test(value) && !lonePercent.test(value)) return value;
  const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
  return new URL(value).href.replace(/[{}\\|^`"'<>]/g, hex).replace(new RegExp(lonePercent.source, "g"), "%25");
}
