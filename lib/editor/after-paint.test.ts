// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { AfterPaint } from "./after-paint";

afterEach(() => {
  vi.useRealTimers();
});

describe("AfterPaint", () => {
  it("runs once, in a task after the next animation frame, however many times it was scheduled", async () => {
    const order: string[] = [];
    const after = new AfterPaint(() => order.push("run"), 1_000);
    after.schedule();
    after.schedule();
    expect(after.pending).toBe(true);
    requestAnimationFrame(() => order.push("frame"));
    expect(order).toEqual([]);
    await new Promise((r) => setTimeout(r, 100));
    expect(order).toEqual(["frame", "run"]);
    expect(after.pending).toBe(false);
    after.schedule();
    await new Promise((r) => setTimeout(r, 100));
    expect(order).toEqual(["frame", "run", "run"]);
  });

  it("runs after the fallback when no frame comes (a hidden page), and at once on now()", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"] });
    const runs: number[] = [];
    const after = new AfterPaint(() => runs.push(Date.now()), 200);
    const raf = vi.spyOn(globalThis, "requestAnimationFrame").mockImplementation(() => 1);
    after.schedule();
    vi.advanceTimersByTime(199);
    expect(runs).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(runs).toHaveLength(1);
    after.schedule();
    after.now();
    expect(runs).toHaveLength(2);
    after.now();
    vi.advanceTimersByTime(1_000);
    expect(runs).toHaveLength(2);
    raf.mockRestore();
  });

  it("drops a waiting run on cancel()", async () => {
    let runs = 0;
    const after = new AfterPaint(() => (runs += 1), 50);
    after.schedule();
    after.cancel();
    await new Promise((r) => setTimeout(r, 120));
    expect(runs).toBe(0);
    expect(after.pending).toBe(false);
  });
});
