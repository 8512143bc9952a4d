import { eq } from "drizzle-orm";
import type { Database, DatabaseHandle } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema/auth";
import type { EventType } from "./domain-event";
import { EVENTS_CHANNEL, parseNotification } from "./events-channel";
import { handlers as defaultHandlers, onReconnect as defaultOnReconnect, type Handler, type HandlerList, type HandlerServices, type StoredEvent } from "./handlers";

/** Waits before the second, third… attempt of a failed handler; after the last one it is given up (and logged). */
export const RETRY_DELAYS_MS = [250, 2_000, 10_000] as const;

export interface EventDispatcher {
  /** Resolves once every event heard so far has been handled (retries still waiting do not count). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs this instance's reactions to committed events (./handlers.ts). Every instance runs one: recordEvent's NOTIFY
 * reaches each of them through the database (PostgreSQL LISTEN, or PGlite in the same process), only after commit.
 * Events are handled one at a time in commit order; a failing handler is logged and retried on its own
 * (RETRY_DELAYS_MS) without holding up the rest. The command that recorded the event is never affected.
 */
export async function startEventDispatcher({
  handle,
  services,
  log,
  handlers = defaultHandlers,
  onReconnect = defaultOnReconnect,
  retryDelaysMs = RETRY_DELAYS_MS,
}: {
  handle: Pick<DatabaseHandle, "db" | "listen">;
  services: HandlerServices;
  log: (line: string) => void;
  handlers?: HandlerList;
  onReconnect?: readonly { name: string; run(services: HandlerServices): void }[];
  retryDelaysMs?: readonly number[];
}): Promise<EventDispatcher> {
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();

  const attempt = async (handler: Handler<EventType>, event: StoredEvent, tries: number): Promise<void> => {
    try {
      await handler.run(event as never, services);
    } catch (e) {
      const delay = retryDelaysMs[tries - 1];
      const what = `events: "${handler.name}" failed for ${event.type} ${event.subjectId} (attempt ${tries})`;
      if (delay === undefined || stopped) return log(`${what}: ${(e as Error).message}; giving up`);
      log(`${what}: ${(e as Error).message}; retrying in ${delay} ms`);
      const timer = setTimeout(() => {
        timers.delete(timer);
        void attempt(handler, event, tries + 1);
      }, delay);
      timer.unref();
      timers.add(timer);
    }
  };

  const dispatch = async (event: StoredEvent): Promise<void> => {
    for (const handler of (handlers[event.type] ?? []) as readonly Handler<EventType>[]) await attempt(handler, event, 1);
  };

  const onMessage = (payload: string) => {
    const heard = parseNotification(payload);
    if (!heard || stopped) return;
    queue = queue.then(async () => {
      if (stopped) return;
      try {
        const event = "type" in heard ? heard : await loadEvent(handle.db, heard.id);
        if (event) await dispatch(event);
      } catch (e) {
        log(`events: handling event ${heard.id} failed: ${(e as Error).message}`);
      }
    });
  };
  const reconnected = () => {
    log("events: listening again after a lost connection; catching up");
    for (const r of onReconnect) {
      try {
        r.run(services);
      } catch (e) {
        log(`events: "${r.name}" after reconnecting failed: ${(e as Error).message}`);
      }
    }
  };
  const unlisten = await handle.listen(EVENTS_CHANNEL, onMessage, reconnected);
  return {
    idle: () => queue,
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await unlisten().catch(() => {});
      await queue;
    },
  };
}

/** An event too long for its notification, read back from its audit row. */
async function loadEvent(db: Database, id: string): Promise<StoredEvent | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id)).limit(1);
  if (!row) return null;
  return {
    id: row.id,
    at: row.at,
    type: row.action,
    actorId: row.actorId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    reason: row.reason,
    data: row.data ? JSON.parse(row.data) : undefined,
  } as StoredEvent;
}
