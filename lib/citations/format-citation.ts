import { appendCitation } from "./append-citation";
import { SegmentBuilder } from "./segment-builder";
import type { FormattedCitation, Source } from "./types";

/** Renders one full OSCOLA citation of a source, without the closing full stop of a footnote. */
export function formatCitation(
  source: Source,
  options: { accessed?: string | null; pinpoint?: string | null; locale?: string } = {},
): FormattedCitation {
  const out = new SegmentBuilder();
  appendCitation(out, { source, accessed: options.accessed, pinpoint: options.pinpoint }, { kind: "full" }, options.locale ?? "en-GB");
  return out.build();
}
