/** A Chromium trace (`browser.stopTracing()`) as Playwright returns it: the fields the summary reads. */
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; elementCount?: number };
}

/** Rendering work of the main thread: the events that make a frame, per event name, total milliseconds and count. */
const RENDERING = ["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "HitTest", "ScheduleStyleRecalculation", "RecalculateStyles", "IntersectionObserverController::computeIntersections", "FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame", "RunMicrotasks", "v8.evaluateModule", "EvaluateScript", "MajorGC", "MinorGC"];

/**
 * Sums the main thread's complete ("X") and begin/end ("B"/"E") events by name, over the whole trace: where a
 * keystroke's frame goes (script, style, layout, paint). Layout events carry how many objects were dirty of the total.
 */
export function summarizeTrace(buffer: Buffer, keys: number): string {
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  // The renderer's main thread is the one with the most Layout events.
  const byThread = new Map<string, number>();
  for (const e of traceEvents) if (e.name === "Layout" || e.name === "UpdateLayoutTree") byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const totals = new Map<string, { ms: number; n: number }>();
  const open = new Map<string, number[]>();
  let dirty = 0;
  let objects = 0;
  let elements = 0;
  for (const e of traceEvents) {
    if (`${e.pid}:${e.tid}` !== main || !RENDERING.includes(e.name)) continue;
    let ms: number | null = null;
    if (e.ph === "X") ms = (e.dur ?? 0) / 1000;
    else if (e.ph === "B") open.set(e.name, [...(open.get(e.name) ?? []), e.ts]);
    else if (e.ph === "E") {
      const start = open.get(e.name)?.pop();
      if (start !== undefined) ms = (e.ts - start) / 1000;
    }
    if (e.name === "Layout" && e.ph !== "E" && e.args?.beginData) {
      dirty += Number(e.args.beginData.dirtyObjects ?? 0);
      objects += Number(e.args.beginData.totalObjects ?? 0);
    }
    if (e.name === "UpdateLayoutTree" && e.ph !== "B") elements += Number(e.args?.elementCount ?? 0);
    if (ms === null) continue;
    const t = totals.get(e.name) ?? { ms: 0, n: 0 };
    t.ms += ms;
    t.n += 1;
    totals.set(e.name, t);
  }
  const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms).map(([name, t]) => `    ${(t.ms / keys).toFixed(2).padStart(7)} ms/key  ${String(t.n).padStart(5)}×  ${name}`);
  return [...rows, `    layout: ${(dirty / keys).toFixed(0)} dirty of ${(objects / Math.max(1, totals.get("Layout")?.n ?? 1)).toFixed(0)} objects per key; style recalc: ${(elements / keys).toFixed(0)} elements per key`].join("\n");
}
