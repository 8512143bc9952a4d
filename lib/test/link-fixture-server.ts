import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FixtureRequest {
  host: string;
  method: string;
  path: string;
  at: number;
  endedAt?: number;
}

/**
 * One loopback HTTP server playing many sites, told apart by the Host header (tests map each
 * `*.test` name to 127.0.0.1 with an injected resolver): ok, slow, hung, redirecting, 404, 410, 401, 403, 429,
 * soft-404, HEAD-refusing, oversize, a CDX archive endpoint and a flapping host the test switches up and down.
 */
export async function startLinkFixtureServer() {
  const requests: FixtureRequest[] = [];
  const state = { flapUp: true, slowMs: 5000 };
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? "").replace(/:\d+$/, "");
    const path = req.url ?? "/";
    const entry: FixtureRequest = { host, method: req.method ?? "GET", path, at: Date.now() };
    requests.push(entry);
    open.add(res);
    res.on("close", () => {
      entry.endedAt = Date.now();
      open.delete(res);
    });
    const send = (status: number, headers: Record<string, string> = {}, body = "") => {
      res.writeHead(status, { "content-type": "text/html", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    switch (host.split(".")[0]) {
      case "ok":
        return send(200, {}, "<h1>Report</h1>");
      case "drip":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<h1>");
        return; // headers then nothing more: the body never completes
      case "slow": {
        const timer = setTimeout(() => send(200, {}, "finally"), state.slowMs);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      case "hung":
        return; // never answers
      case "redirect":
        return path === "/moved" ? send(200, {}, "moved here") : send(301, { location: "/moved" });
      case "notfound":
        return send(404, {}, "not found");
      case "gone":
        return send(410, {}, "gone");
      case "forbidden":
        return send(403, {}, "no bots");
      case "unauthorized":
        return send(401, {}, "sign in");
      case "ratelimited":
        return send(429, { "retry-after": "3600" }, "slow down");
      case "soft404":
        return path === "/" ? send(200, {}, "home") : send(302, { location: "/" });
      case "nohead":
        return req.method === "HEAD" ? send(405) : send(200, {}, "only GET");
      case "flap":
        return state.flapUp ? send(200, {}, "up") : send(404, {}, "down");
      case "big":
        res.writeHead(200, { "content-type": "application/octet-stream" });
        return res.end(Buffer.alloc(3 * 1024 * 1024, 97));
      case "archive": {
        const target = new URL(path, "http://x").searchParams.get("url") ?? "";
        const rows = /\/\/(notfound|gone)\./.test(target) ? [["timestamp", "original"], ["20240102030405", target]] : [];
        return send(200, { "content-type": "application/json" }, JSON.stringify(rows));
      }
      case "loop":
        return send(302, { location: `/${Number(path.slice(1) || 0) + 1}` });
      default:
        return send(404, {}, "unknown fixture host");
    }
  });
  // TCP connections accepted, counted apart from requests: "refused before connecting" means this stays put.
  const tally = { connections: 0 };
  server.on("connection", () => tally.connections++);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    state,
    /** How many TCP connections the server has accepted so far. */
    connections: () => tally.connections,
    url: (host: string, path = "/page") => `http://${host}:${port}${path}`,
    /** Maps every `*.test` name to 127.0.0.1 without any DNS query. */
    resolve: async (hostname: string) => {
      if (!hostname.endsWith(".test")) throw Object.assign(new Error(`no fixture host ${hostname}`), { code: "ENOTFOUND" });
      return [{ address: "127.0.0.1", family: 4 }];
    },
    allow: new Set([`127.0.0.1#${port}`]) as ReadonlySet<string>,
    archive: { cdxUrl: `http://archive.test:${port}/cdx`, replayUrl: `http://archive.test:${port}/web` },
    /** Requests to one fixture host, oldest first. */
    requestsTo: (host: string) => requests.filter((r) => r.host === host),
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
