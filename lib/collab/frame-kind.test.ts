import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { awarenessClientIds, frameKind, frameUpdate } from "./frame-kind";

function frame(type: number, ...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, "section.00000000-0000-4000-8000-000000000001");
  encoding.writeVarUint(encoder, type);
  for (const part of parts) {
    if (typeof part === "number") encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

const payload = new Uint8Array([1, 2, 3, 4]);

describe("frame kinds", () => {
  it("reads sync updates and step 2 (as Sync or SyncReply) as updates, with their payload", () => {
    for (const [type, step] of [
      [0, 2],
      [0, 1],
      [4, 2],
      [4, 1],
    ] as const) {
      const f = frame(type, step, payload);
      expect(frameKind(f)).toBe("update");
      expect(frameUpdate(f)).toEqual(payload);
    }
  });

  it("reads awareness, sync step 1 and anything else as not an update", () => {
    const awareness = frame(1, new Uint8Array([0]));
    expect(frameKind(awareness)).toBe("awareness");
    expect(frameUpdate(awareness)).toBeNull();
    const step1 = frame(0, 0, payload);
    expect(frameKind(step1)).toBe("other");
    expect(frameUpdate(step1)).toBeNull();
    expect(frameKind(frame(2))).toBe("other");
    expect(frameKind(new Uint8Array([200]))).toBe("other");
  });

  it("keeps an update frame cut short an update frame, with no payload", () => {
    const cut = frame(0, 2, payload).slice(0, -2);
    expect(frameKind(cut)).toBe("update");
    expect(frameUpdate(cut)).toBeNull();
  });

  it("reads each frame for itself when frames alternate (the last one read is remembered)", () => {
    const a = frame(0, 2, new Uint8Array([9]));
    const b = frame(1, new Uint8Array([0]));
    for (let i = 0; i < 3; i++) {
      expect(frameUpdate(a)).toEqual(new Uint8Array([9]));
      expect(frameKind(b)).toBe("awareness");
      expect(frameKind(a)).toBe("update");
    }
    expect(awarenessClientIds(a)).toEqual([]);
  });
});
