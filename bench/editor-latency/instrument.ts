/**
 * Installed in every page of bench/editor-latency.ts before any of the page's scripts (`addInitScript`); it runs
 * in the browser, so it uses nothing outside its own body.
 *
 * - Time-to-editable: `performance.now()` (milliseconds since navigation start) at the first animation frame in
 *   which the section's textbox is contenteditable, holds at least `minChars` characters and takes focus.
 * - Input-to-paint per keystroke: from the keydown's timestamp (when the browser received it, so time spent
 *   waiting for a busy main thread counts) to a message posted from the first animation frame after it, which
 *   runs once that frame has been rendered. The text is inserted in the keydown's own task, so that frame shows it.
 * - Remote-update-to-paint: for each Yjs update of a section that arrives on a WebSocket (another person typing),
 *   from the start of the message's task to a message posted from the first animation frame after it. The
 *   listener is added when the socket is made, before the collaboration provider's own, so it runs first.
 */
export function instrumentPage(minChars: number): void {
  const bench = { tte: null as number | null, keys: [] as number[], remote: [] as number[], phases: null as Record<string, number> | null };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const afterNextFrame = (start: number, into: number[]) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => into.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  addEventListener(
    "keydown",
    (e) => {
      if (e.key.length !== 1) return;
      afterNextFrame(e.timeStamp, bench.keys);
    },
    true,
  );
  /** Whether a Hocuspocus message is a Yjs update (sync message, step "update") of a section document. */
  const isSectionUpdate = (data: unknown): boolean => {
    if (!(data instanceof ArrayBuffer)) return false;
    const bytes = new Uint8Array(data);
    let at = 0;
    const varUint = () => {
      let n = 0;
      for (let shift = 0; at < bytes.length; shift += 7) {
        const b = bytes[at++]!;
        n += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) break;
      }
      return n;
    };
    const length = varUint();
    const name = new TextDecoder().decode(bytes.subarray(at, at + length));
    at += length;
    return name.startsWith("section.") && varUint() === 0 && varUint() === 2;
  };
  const NativeWebSocket = WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener("message", (e) => {
        if (isSectionUpdate(e.data)) afterNextFrame(performance.now(), bench.remote);
      });
    }
  };
  const poll = () => {
    const el = document.querySelector<HTMLElement>('[aria-label="Section text"][contenteditable="true"]');
    if (el && (el.textContent ?? "").length >= minChars) {
      el.focus();
      if (document.activeElement === el) {
        bench.tte = performance.now();
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        bench.phases = { response_end: nav?.responseEnd ?? 0, dom_content_loaded: nav?.domContentLoadedEventEnd ?? 0 };
        // Folio's own marks of its load (collab-session, offline-store, section-editor), by name.
        for (const m of performance.getEntriesByType("mark")) if (m.name.startsWith("folio:")) bench.phases[m.name.slice(6)] ??= m.startTime;
        return;
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
