/** Folds a heading for comparison: NFKC, case and runs of whitespace. */
export function headingKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
