import type { FormattedCitation, Segment, SegmentKind } from "./types";

/** Collects segments, merging adjacent plain text, and renders them to text once. */
export class SegmentBuilder {
  private readonly segments: Segment[] = [];

  push(kind: SegmentKind, text: string, extra?: { href?: string; note?: number }): void {
    if (text === "") return;
    const last = this.segments[this.segments.length - 1];
    if (kind === "text" && last?.kind === "text") {
      last.text += text;
      return;
    }
    this.segments.push(extra ? { kind, text, ...extra } : { kind, text });
  }

  endsWith(suffix: string): boolean {
    return this.segments[this.segments.length - 1]?.text.endsWith(suffix) ?? false;
  }

  isEmpty(): boolean {
    return this.segments.length === 0;
  }

  build(): FormattedCitation {
    let text = "";
    for (const segment of this.segments) text += segment.text;
    return { text, segments: this.segments };
  }
}
