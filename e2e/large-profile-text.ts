/**
 * A generated plain-text profile of Paraguay with 604 notes (nothing from the seeds): three small sections and one
 * of about 48 k characters holding 500 notes. The large-profile spec imports it through the UI, and
 * bench/editor-latency.ts types into its big section.
 */
export const BIG_SECTION = "Designed to Include? The Impact of Digital ID and Legal Identity on Citizenship and Nationality Rights";
/** Notes per section, in the template's order; the last section holds 500 of the 604 in about 48 k characters. */
export const SECTIONS: [title: string, notes: number][] = [
  ["Digital ID Overview", 40],
  ["Domestic law and policy", 32],
  ["Data Protection", 32],
  [BIG_SECTION, 500],
];
export const TOTAL = SECTIONS.reduce((n, [, count]) => n + count, 0);
/** Every tenth note cites the source of the note five before it again: the later one is "(n X)", not in full. */
export const repeats = (n: number) => n % 10 === 0;

/** The profile's text, CRLF line ends as Word's plain-text export writes them. */
export function generatedProfile(): string {
  const lines = ["flag", "", "Paraguay", "", "Last updated : March 3, 2026", ""];
  let n = 0;
  for (const [title, count] of SECTIONS) {
    if (title === "Domestic law and policy") lines.push("Law", "");
    lines.push(title, "");
    for (let p = 0, left = count; left > 0; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 5 && left > 0; s++, left--) {
        n++;
        sentences.push(`Statement ${n} describes how the identity register handles case ${n} in district ${p} of the country.[${n}]`);
      }
      lines.push(sentences.join(" "), "");
    }
  }
  for (let i = 1; i <= n; i++) {
    const source = repeats(i) ? i - 5 : i;
    lines.push(`${i}.^`, "", `‘Generated Report ${source}’ (Registry Office 2025) <https://example.org/py/report-${source}> accessed 10 January 2026.`, "");
  }
  return lines.join("\r\n");
}
