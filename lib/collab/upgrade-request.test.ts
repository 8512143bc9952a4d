import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { upgradeRequest } from "./upgrade-request";

const incoming = (url: string | undefined, headers: Record<string, string | string[] | undefined>) => ({ url, headers }) as unknown as IncomingMessage;

describe("upgradeRequest", () => {
  it("carries the headers and, as its url, the path and query as on the wire", () => {
    const request = upgradeRequest(incoming("/collab?mode=edit&x=1", { host: "folio.test:3000", cookie: "a=1; b=2", origin: "http://folio.test:3000", "x-many": ["one", "two"], "x-none": undefined }));
    expect(request.url).toBe("/collab?mode=edit&x=1");
    expect(request.headers.get("cookie")).toBe("a=1; b=2");
    expect(request.headers.get("origin")).toBe("http://folio.test:3000");
    expect(request.headers.get("x-many")).toBe("one, two");
    expect(request.headers.has("x-none")).toBe(false);
    // What Hocuspocus makes of a path-and-query url for its hooks' requestParameters.
    expect(new URLSearchParams(request.url.split("?")[1]).get("mode")).toBe("edit");
    expect(request).toBeInstanceOf(Request);
  });

  it("falls back to /collab for a url it cannot read, and drops a header fetch refuses", () => {
    const request = upgradeRequest(incoming("//[bad", { host: "folio.test", "bad header": "x" }));
    expect(request.url).toBe("/collab");
    expect([...request.headers.keys()]).toEqual(["host"]);
  });
});
