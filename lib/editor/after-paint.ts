/**
 * Runs work a keystroke starts but its frame does not need (sending the change, writing it to IndexedDB) just
 * after the browser has drawn that frame, so it no longer holds up what the person sees (issue 20). Calls to
 * `schedule()` before the run are one run; the run is a task queued from the next animation frame's callback,
 * which the browser starts only once that frame's rendering is done. A hidden page draws no frames, so it runs
 * after `fallbackMs` anyway.
 */
export class AfterPaint {
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly run: () => void,
    private readonly fallbackMs: number,
  ) {}

  /** Whether a run is waiting. */
  get pending(): boolean {
    return this.timer !== null;
  }

  schedule(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(this.now, this.fallbackMs);
    if (typeof requestAnimationFrame === "function") this.frame = requestAnimationFrame(() => setTimeout(this.now, 0));
  }

  /** Runs a waiting run at once (a page being hidden or closed, a teardown); nothing when none waits. */
  now = (): void => {
    if (this.timer === null) return;
    this.cancel();
    this.run();
  };

  /** Drops a waiting run. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.frame !== null && typeof cancelAnimationFrame === "function") cancelAnimationFrame(this.frame);
    this.timer = null;
    this.frame = null;
  }
}
