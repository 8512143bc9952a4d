import http from "node:http";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeUpgrade } from "./route-upgrade";

let server: http.Server;
let port: number;
const routed: string[] = [];
const leftToNext: string[] = [];

function attempt(path: string, dev = false): Promise<"closed" | "routed"> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, { headers: dev ? { "x-dev": "1" } : {} });
    ws.on("error", () => resolve(routed.includes(path) ? "routed" : "closed"));
    ws.on("close", () => resolve(routed.includes(path) ? "routed" : "closed"));
  });
}

beforeAll(async () => {
  server = http.createServer();
  server.on("upgrade", (req, socket, head) => {
    const dev = req.headers["x-dev"] === "1";
    const collab = {
      handleUpgrade: () => {
        routed.push(req.url ?? "");
        socket.destroy();
      },
    };
    if (routeUpgrade(req, socket, head, { collab, dev })) {
      leftToNext.push(req.url ?? "");
      socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe("routeUpgrade", () => {
  it("hands /collab to the collaboration server and destroys stray upgrades", async () => {
    expect(await attempt("/collab")).toBe("routed");
    expect(await attempt("/collab?x=1")).toBe("routed");
    expect(await attempt("/other")).toBe("closed");
    expect(await attempt("/collab/extra")).toBe("closed");
    expect(routed).toEqual(["/collab", "/collab?x=1"]);
    expect(leftToNext).toEqual([]);
  });

  it("leaves Next's own paths to Next only in development", async () => {
    expect(await attempt("/_next/webpack-hmr")).toBe("closed");
    expect(leftToNext).toEqual([]);
    await attempt("/_next/webpack-hmr", true);
    await attempt("/elsewhere", true);
    expect(leftToNext).toEqual(["/_next/webpack-hmr"]);
  });
});
