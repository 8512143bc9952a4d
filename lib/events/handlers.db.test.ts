import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema/auth";
import { parseReviewStatusMessage } from "@/lib/collab/review-status-message";
import { openTestDatabase } from "@/lib/test/test-database";
import type { DomainEvent, EventType } from "./domain-event";
import { handlers, type HandlerList, type HandlerServices } from "./handlers";
import { recordEvent } from "./record-event";
import { startEventDispatcher, type EventDispatcher } from "./start-event-dispatcher";

/** What the handlers did to this "instance": every call on the services they were given. */
function recordingServices() {
  const calls: string[] = [];
  const services: HandlerServices = {
    collab: {
      broadcastToProfile: (profileId, payload) => calls.push(`profile ${profileId} ${parseReviewStatusMessage(payload)?.sectionId}:${parseReviewStatusMessage(payload)?.status}`),
      broadcastToAllProfiles: (payload) => calls.push(`all ${parseReviewStatusMessage(payload)?.sectionId}:${parseReviewStatusMessage(payload)?.status}`),
    },
    publicCache: { invalidate: () => calls.push("invalidate public pages") },
    linkChecker: { kick: () => calls.push("kick link checker") },
  };
  return { calls, services };
}

const statusChange = (type: "review.submit" | "review.withdraw" | "review.approve" | "review.request_changes", status: "in_review" | "draft" | "approved" | "changes_requested") => {
  return (subject: string): DomainEvent => {
    const data = { sectionId: subject, profileId: "p-1", status, number: 1, contentHash: "h", authors: [], previousStatus: "draft" as const };
    return { type, actorId: null, subjectType: "revision", subjectId: randomUUID(), data } as DomainEvent;
  };
};

/** One row per event type that has handlers: an event about `subject`, and what its handlers do on this instance. */
const cases: { [T in EventType]?: { event: (subject: string) => DomainEvent; effect: (subject: string) => string[] } } = {
  "review.submit": { event: statusChange("review.submit", "in_review"), effect: (s) => [`profile p-1 ${s}:in_review`, `all ${s}:in_review`] },
  "review.withdraw": { event: statusChange("review.withdraw", "draft"), effect: (s) => [`profile p-1 ${s}:draft`, `all ${s}:draft`] },
  "review.approve": { event: statusChange("review.approve", "approved"), effect: (s) => [`profile p-1 ${s}:approved`, `all ${s}:approved`] },
  "review.request_changes": { event: statusChange("review.request_changes", "changes_requested"), effect: (s) => [`profile p-1 ${s}:changes_requested`, `all ${s}:changes_requested`] },
  "profile.publish": {
    // Long enough (300 sections) that the notification carries only the row's id and the dispatcher reads the row.
    event: (s) => ({ type: "profile.publish", actorId: null, subjectType: "profile_version", subjectId: s, data: { iso: "jp", version: 1, contentHash: "h", sections: Array.from({ length: 300 }, () => ({ id: randomUUID(), state: "approved", revision: 1 })) } }),
    effect: () => ["invalidate public pages"],
  },
  "links.check": { event: (s) => ({ type: "links.check", actorId: null, subjectType: "link_check_run", subjectId: s, data: { total: 3, force: true } }), effect: () => ["kick link checker"] },
};

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function withDispatcher<T>(services: HandlerServices, run: (dispatcher: EventDispatcher, logs: string[]) => Promise<T>, options: { handlers?: HandlerList; retryDelaysMs?: number[] } = {}): Promise<T> {
  const logs: string[] = [];
  const dispatcher = await startEventDispatcher({ handle, services, log: (l) => logs.push(l), ...options });
  try {
    return await run(dispatcher, logs);
  } finally {
    await dispatcher.stop();
  }
}

describe("domain events", () => {
  it("has a case below for every event type that has handlers", () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(handlers).sort());
  });

  for (const [type, c] of Object.entries(cases)) {
    it(`${type}: the handlers run after the transaction commits, and never for a rolled-back one`, async () => {
      const { calls, services } = recordingServices();
      await withDispatcher(services, async (dispatcher) => {
        await handle.db.transaction(async (tx) => {
          await recordEvent(tx, c.event("committed-1"));
          // Inside the transaction nothing has happened yet.
          await dispatcher.idle();
          expect(calls).toEqual([]);
        });
        await expect.poll(() => calls.length).toBe(c.effect("committed-1").length);
        expect(calls).toEqual(c.effect("committed-1"));

        await expect(
          handle.db.transaction(async (tx) => {
            await recordEvent(tx, c.event("rolled-back"));
            throw new Error("the command failed after recording its event");
          }),
        ).rejects.toThrow("the command failed");
        // Notifications arrive in commit order: once the next committed event is handled, a rolled-back one would have been.
        await handle.db.transaction((tx) => recordEvent(tx, c.event("committed-2")));
        await expect.poll(() => calls.length).toBe(2 * c.effect("committed-1").length);
        await dispatcher.idle();
        expect(calls).toEqual([...c.effect("committed-1"), ...c.effect("committed-2")]);
      });
    });
  }

  it("logs a failing handler and retries it (bounded); the command's change stays", async () => {
    let runs = 0;
    const flaky: HandlerList = {
      "links.check": [
        {
          name: "flaky",
          run: () => {
            runs++;
            if (runs < 3) throw new Error(`failure ${runs}`);
          },
        },
      ],
    };
    const { services } = recordingServices();
    await withDispatcher(
      services,
      async (_, logs) => {
        const id = await handle.db.transaction((tx) => recordEvent(tx, { type: "links.check", actorId: null, subjectType: "link_check_run", subjectId: "run-1", data: { total: 1, force: true } }));
        await expect.poll(() => runs).toBe(3);
        expect(logs).toEqual([expect.stringContaining('"flaky" failed for links.check run-1 (attempt 1): failure 1; retrying'), expect.stringContaining("(attempt 2): failure 2; retrying")]);
        expect(await handle.db.select().from(auditLog).where(eq(auditLog.id, id))).toHaveLength(1);
      },
      { handlers: flaky, retryDelaysMs: [1, 1] },
    );
  });

  it("gives a handler up after the last retry, and goes on with the next events", async () => {
    let failing = 0;
    const seen: string[] = [];
    const list: HandlerList = {
      "links.check": [
        {
          name: "always fails",
          run: () => {
            failing++;
            throw new Error("down");
          },
        },
        { name: "records", run: (e) => void seen.push(e.subjectId) },
      ],
    };
    const { services } = recordingServices();
    await withDispatcher(
      services,
      async (_, logs) => {
        for (const run of ["a", "b"]) await recordEvent(handle.db, { type: "links.check", actorId: null, subjectType: "link_check_run", subjectId: run, data: { total: 1, force: false } });
        await expect.poll(() => logs.filter((l) => l.includes("giving up")).length).toBe(2);
        expect(failing).toBe(4);
        expect(seen).toEqual(["a", "b"]);
      },
      { handlers: list, retryDelaysMs: [1] },
    );
  });
});
