/** Why a safe fetch did not produce a response. `refused` is always decided before any connection. */
export type SafeFetchFailure = "refused" | "dns" | "connect" | "timeout" | "too-many-redirects" | "protocol";

/** A fetch that failed or was refused; `reason` is a short sentence for people. */
export class SafeFetchError extends Error {
  override name = "SafeFetchError";
  constructor(
    readonly failure: SafeFetchFailure,
    readonly reason: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`${failure}: ${reason}`, options);
  }
}
