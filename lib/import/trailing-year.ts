/** Splits `Title 2015` into its head and a trailing four-digit year (after whitespace), or null; linear, unlike `(.*\S)\s+(\d{4})$`. */
export function trailingYear(value: string): { head: string; year: string } | null {
  const m = /\s(\d{4})$/.exec(value);
  if (!m) return null;
  const head = value.slice(0, m.index).trimEnd();
  return head === "" ? null : { head, year: m[1]! };
}
