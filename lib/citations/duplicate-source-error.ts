import { AppError } from "@/lib/errors";
import type { DuplicateCandidate } from "./possible-duplicates-of";

/** A new source looks like one the registry has; the caller may confirm (`confirmDuplicate: true`) and add it anyway. */
export class DuplicateSourceError extends AppError {
  constructor(
    readonly duplicates: DuplicateCandidate[],
    pasted = false,
  ) {
    const first = duplicates[0]!;
    const why = first.reason === "url" ? "the same URL" : first.reason === "doi" ? "the same DOI" : "a nearly identical title";
    super("conflict:duplicate_source", `The registry already has a source with ${why}: “${first.title}”. Use it, or confirm to add this one anyway.`, { field: pasted ? "text" : first.reason === "title" ? "title" : "url" });
  }
}
