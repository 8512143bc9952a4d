import * as flags from "country-flag-icons/string/3x2";

const svgs = flags as unknown as Record<string, string | undefined>;

/**
 * A country's flag as inline SVG markup (from `country-flag-icons`, MIT), decorative: hidden from assistive
 * technology, so the country's name must be written next to it. An empty string for a code without a flag.
 * The markup comes from the package, never from input: `code` only selects one of its strings.
 */
export function countryFlagSvg(code: string, { height = 16 }: { height?: number } = {}): string {
  const svg = svgs[code.toUpperCase()];
  if (!/^[A-Z]{2}$/i.test(code) || !svg) return "";
  const width = Math.round((height * 3) / 2);
  return svg.replace(/^<svg /, `<svg aria-hidden="true" focusable="false" class="flag" width="${width}" height="${height}" `);
}
