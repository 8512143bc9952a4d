import type { HostPacer } from "@/lib/net/safe-fetch";

/** One request at a time per host, each starting at least `spacingMs` after the previous one to that host ended. */
export class SpacedHostPacer implements HostPacer {
  private readonly lastEnd = new Map<string, number>();
  private readonly busy = new Map<string, Promise<void>>();
  private readonly unlock = new Map<string, () => void>();

  constructor(private readonly spacingMs = 1000) {}

  /** When the host may next be asked (epoch ms). */
  readyAt(host: string): number {
    const last = this.lastEnd.get(host);
    return last === undefined ? 0 : last + this.spacingMs;
  }

  async acquire(host: string): Promise<void> {
    for (let held = this.busy.get(host); held; held = this.busy.get(host)) await held;
    this.busy.set(host, new Promise<void>((r) => this.unlock.set(host, r)));
    const wait = this.readyAt(host) - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }

  release(host: string): void {
    this.lastEnd.set(host, Date.now());
    const unlock = this.unlock.get(host);
    this.busy.delete(host);
    this.unlock.delete(host);
    unlock?.();
  }
}
