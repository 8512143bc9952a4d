/**
 * Whether a line that stands alone as a paragraph reads like a heading: at most eight words and 80 characters, no
 * sentence punctuation at its end, no note markers, and every word of four letters or more capitalised ("Biometric
 * Surveillance", "Designed to Include?" is a question, not a sentence). Plain text has no heading style, so this is
 * how an import notices a heading the template does not have.
 */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 80 || /[.,;:!)\]"”’]$/.test(text) || /\[\d+\]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 8 || !/^\p{Lu}/u.test(text)) return false;
  return words.filter((w) => /^\p{L}{4,}/u.test(w)).every((w) => /^\p{Lu}/u.test(w));
}
