import type { Redis } from "@hocuspocus/extension-redis";

type RedisConfiguration = ConstructorParameters<typeof Redis>[0];

/** The Redis extension's connection settings for a redis:// or rediss:// URL. */
export function redisOptions(redisUrl: string): RedisConfiguration {
  const url = new URL(redisUrl);
  const db = Number.parseInt(url.pathname.slice(1) || "0", 10);
  return {
    host: url.hostname,
    port: Number.parseInt(url.port || "6379", 10),
    prefix: "folio",
    options: {
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: Number.isInteger(db) ? db : 0,
      tls: url.protocol === "rediss:" ? {} : undefined,
    },
  };
}
