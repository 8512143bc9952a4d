import type { IncomingMessage } from "node:http";

/**
 * The fetch Request Hocuspocus is given for a socket's upgrade request: its headers (cookies, origin) and, as `url`,
 * the path and query as on the wire.
 */
export function upgradeRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    try {
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    } catch {
      // A header the fetch API refuses cannot matter for authentication.
    }
  }
  let url: URL;
  try {
    url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  } catch {
    url = new URL("http://localhost/collab");
  }
  const request = new Request(url, { headers });
  // Hocuspocus reads the request's URL (for its query parameters) and headers for every hook payload, three payloads
  // a message; fetch's getters check their receiver and serialize the URL anew on every read, and an absolute URL is
  // parsed again each time. As plain properties, with the path and query as on the wire, each read costs nothing.
  Object.defineProperties(request, { url: { value: url.pathname + url.search }, headers: { value: headers } });
  return request;
}
