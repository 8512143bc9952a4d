import type { LinkStatus } from "@/lib/links/link-status";
import type { CitationPolicy } from "@/lib/settings/citation-policy";
import { staleBefore } from "./freshness-tone";

export type GateKind = "stale-access-date" | "missing-access-date" | "dead-without-archive" | "import-problem";

export interface GateFootnote {
  number: number;
  citationId: string;
  sources: { title: string; url: string | null; accessed: string | null; archiveUrl: string | null; linkStatus: LinkStatus }[];
}

export interface GateFinding {
  /** The footnote's number; 0 for a problem of the whole profile. */
  number: number;
  citationId: string;
  kind: GateKind;
  message: string;
}

/**
 * The publish gate as a pure function: every footnote (and import problem) the admin's policy blocks
 * publishing on, in footnote order. Empty means the version may be published.
 */
export function evaluatePublishGate({ policy, footnotes, importProblems, today }: { policy: CitationPolicy; footnotes: GateFootnote[]; importProblems: { message?: unknown; notes?: unknown }[]; today: string }): GateFinding[] {
  const out: GateFinding[] = [];
  const before = staleBefore(today, policy.maxAgeMonths);
  for (const f of footnotes) {
    for (const s of f.sources) {
      const base = { number: f.number, citationId: f.citationId };
      if (policy.gateMissingAccessDate && s.url && !s.accessed) out.push({ ...base, kind: "missing-access-date", message: `‘${s.title}’ cites a URL without an access date` });
      if (policy.gateStale && s.accessed && s.accessed < before) out.push({ ...base, kind: "stale-access-date", message: `‘${s.title}’ was last accessed on ${s.accessed}, more than ${policy.maxAgeMonths} months ago` });
      if (policy.gateDeadWithoutArchive && s.linkStatus === "dead" && !s.archiveUrl) out.push({ ...base, kind: "dead-without-archive", message: `‘${s.title}’ links to a dead page and has no archive copy` });
    }
  }
  if (policy.gateImportProblems) {
    for (const p of importProblems) {
      const notes = Array.isArray(p.notes) ? p.notes.filter((n): n is number => typeof n === "number") : [];
      out.push({ number: 0, citationId: "", kind: "import-problem", message: `unresolved import problem${notes.length ? ` (imported notes ${notes.join(", ")})` : ""}: ${typeof p.message === "string" ? p.message : "see the import report"}` });
    }
  }
  return out;
}
