/**
 * Installed in every page of bench/editor-latency.ts before any of the page's scripts (`addInitScript`); it runs
 * in the browser, so it uses nothing outside its own body.
 *
 * - Time-to-editable: `performance.now()` (milliseconds since navigation start) at the first animation frame in
 *   which the section's textbox is contenteditable, holds at least `minChars` characters and takes focus.
 * - Input-to-paint per keystroke: from the keydown's timestamp (when the browser received it, so time spent
 *   waiting for a busy main thread counts) to a message posted from the first animation frame after it, which
 *   runs once that frame has been rendered. The text is inserted in the keydown's own task, so that frame shows it.
 */
export function instrumentPage(minChars: number): void {
  const bench = { tte: null as number | null, keys: [] as number[], phases: null as Record<string, number> | null };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  addEventListener(
    "keydown",
    (e) => {
      if (e.key.length !== 1) return;
      const start = e.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => bench.keys.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    },
    true,
  );
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
