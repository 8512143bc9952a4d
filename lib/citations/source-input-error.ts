export type SourceInputFormat = "bibtex" | "ris" | "csl-json" | "doi" | "url";

/** Pasted source data that cannot be read; `line` and `column` are 1-based when known. */
export class SourceInputError extends Error {
  override name = "SourceInputError";
  readonly format: SourceInputFormat | null;
  readonly line: number | null;
  readonly column: number | null;

  constructor(message: string, details: { format?: SourceInputFormat | null; line?: number | null; column?: number | null; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.format = details.format ?? null;
    this.line = details.line ?? null;
    this.column = details.column ?? null;
  }
}
