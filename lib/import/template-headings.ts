import { headingKey } from "./heading-key";
import type { TemplateHeading } from "./types";

export interface HeadingEntry {
  key: string;
  title: string;
  path: string[];
}

/** Flattens a profile template into the headings a plain-text profile may contain. */
export function templateHeadings(template: TemplateHeading[]): HeadingEntry[] {
  return template.flatMap((h) => [
    { key: headingKey(h.title), title: h.title, path: [h.title] },
    ...(h.children ?? []).map((child) => ({ key: headingKey(child), title: child, path: [h.title, child] })),
  ]);
}
