/** A file that cannot be imported at all; `line` is 1-based. */
export class ImportError extends Error {
  override name = "ImportError";
  readonly line: number;
  /** The message without its `Line N:` prefix. */
  readonly detail: string;

  constructor(message: string, line: number, options?: { cause?: unknown }) {
    super(`Line ${line}: ${message}`, options);
    this.line = line;
    this.detail = message;
  }
}
