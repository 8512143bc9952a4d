import { randomUUID } from "node:crypto";
import IORedis from "ioredis";
import { redisOptions } from "./redis-options";

const REQUESTS = "folio:flush-section";
const replyChannel = (id: string) => `folio:flush-section:reply:${id}`;

export interface RedisSectionFlush {
  /** Asks every instance (this one included) to write the section's pending updates; resolves when all have, or after `timeoutMs`. */
  flushEverywhere(sectionId: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Lets a submission reach every collaboration instance before a revision is frozen: each instance answers a
 * flush request on Redis after writing the section's pending updates; PUBLISH says how many will answer.
 * An instance that does not answer in time has still stored everything it acknowledged as stored.
 */
export function redisSectionFlush({ redisUrl, flushLocal, timeoutMs = 2_000, log }: { redisUrl: string; flushLocal: (sectionId: string) => Promise<void>; timeoutMs?: number; log: (line: string) => void }): RedisSectionFlush {
  const { host, port, options } = redisOptions(redisUrl);
  const pub = new IORedis(port!, host!, options ?? {});
  const sub = new IORedis(port!, host!, options ?? {});
  for (const client of [pub, sub]) client.on("error", (e: Error) => log(`collab: redis (flush requests): ${e.message}`));
  const waiting = new Map<string, () => void>();
  const subscribed = sub.subscribe(REQUESTS);

  sub.on("message", (channel: string, message: string) => {
    if (channel !== REQUESTS) return waiting.get(channel)?.();
    let request: { id?: unknown; sectionId?: unknown };
    try {
      request = JSON.parse(message) as typeof request;
    } catch {
      return;
    }
    const { id, sectionId } = request;
    if (typeof id !== "string" || typeof sectionId !== "string") return;
    void flushLocal(sectionId)
      .catch((e: unknown) => log(`collab: flushing ${sectionId} on request failed: ${(e as Error).message}`))
      .finally(() => void pub.publish(replyChannel(id), "stored").catch(() => {}));
  });

  return {
    async flushEverywhere(sectionId) {
      await subscribed;
      const id = randomUUID();
      const channel = replyChannel(id);
      await sub.subscribe(channel);
      let replies = 0;
      let expected = Number.POSITIVE_INFINITY;
      let timer: NodeJS.Timeout | undefined;
      const done = new Promise<void>((resolve) => {
        waiting.set(channel, () => (++replies >= expected ? resolve() : undefined));
        timer = setTimeout(resolve, timeoutMs);
        void pub
          .publish(REQUESTS, JSON.stringify({ id, sectionId }))
          .then((receivers) => {
            expected = receivers;
            if (replies >= expected) resolve();
          })
          .catch(() => resolve());
      });
      await done;
      clearTimeout(timer);
      waiting.delete(channel);
      await sub.unsubscribe(channel).catch(() => {});
    },
    async close() {
      pub.disconnect();
      sub.disconnect();
    },
  };
}
