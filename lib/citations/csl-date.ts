import type { CslItem } from "./csl-item";

/** A CSL date from ISO-like text (`2024`, `2024-05`, `2024-05-11`), else kept as a literal. */
export function cslDate(text: string): NonNullable<CslItem["issued"]> {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text.trim());
  return parts ? { "date-parts": [parts.slice(1).filter(Boolean).map(Number)] } : { literal: text };
}
