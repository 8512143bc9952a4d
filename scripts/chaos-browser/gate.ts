const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the edits y-prosemirror merges with anything (typing, deleting, bold, undo, footnotes, a paste inside a
 * paragraph) at once, and a change of paragraph structure (a split, a join, a pasted block) alone: it waits for the
 * others' edits in flight and until every editor shows them, runs, then waits until every editor shows the result. y-prosemirror turns a split or a
 * join into "delete the text here, insert a copy there", so a word typed into that paragraph at the same instant
 * can be lost or doubled (README: "Several people in one paragraph"). `concurrent` lets them race, to show it.
 */
export class StructureGate {
  private running = 0;
  private exclusive: Promise<void> | null = null;
  /** Editors whose network is cut: while any is, structure changes wait (their edits are concurrent with all). */
  offline = 0;

  constructor(
    private readonly concurrent: boolean,
    private readonly settle: () => Promise<void>,
  ) {}

  async run<T>(structural: boolean, work: () => Promise<T>): Promise<T> {
    if (this.concurrent) return work();
    while (this.exclusive) await this.exclusive;
    if (!structural) {
      this.running += 1;
      try {
        return await work();
      } finally {
        this.running -= 1;
      }
    }
    let release = () => {};
    this.exclusive = new Promise<void>((r) => (release = r));
    try {
      while (this.running > 0 || this.offline > 0) await sleep(20);
      // An edit that finished in its browser may still be on its way to the others: wait until all show it.
      await this.settle();
      const result = await work();
      await this.settle();
      return result;
    } finally {
      this.exclusive = null;
      release();
    }
  }
}
