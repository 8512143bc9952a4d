import { countryFlagSvg } from "@/lib/profiles/country-flag-svg";

/**
 * A country's flag as inline SVG, decorative (the country's name is always written beside it). Server components
 * only: the flags module holds every country's SVG.
 */
export function CountryFlag({ code, height = 16, className }: { code: string; height?: number; className?: string }) {
  // The markup is one of the package's own SVG strings, selected by code (see countryFlagSvg), never user input.
  return <span aria-hidden="true" className={`inline-flex shrink-0 align-[-0.1em] [&_svg]:shadow-[0_0_0_1px_#cbd5e1] ${className ?? ""}`} dangerouslySetInnerHTML={{ __html: countryFlagSvg(code, { height }) }} />;
}
