import { describe, expect, it } from "vitest";
import { MAX_ACTION_BODY_BYTES, serverActionRefusal } from "./server-action-refusal";

const action = (headers: Record<string, string>, method = "POST") => serverActionRefusal({ method, headers: new Headers({ "next-action": "abc123", host: "folio.example:3000", ...headers }) });

describe("serverActionRefusal", () => {
  it("refuses a foreign, opaque or malformed Origin with 403", () => {
    expect(action({ origin: "https://evil.example" })).toMatchObject({ status: 403 });
    expect(action({ origin: "null" })).toMatchObject({ status: 403 });
    expect(action({ origin: "http://folio.example:3001" })).toMatchObject({ status: 403 });
  });

  it("lets same-origin and origin-less actions through, and compares with the forwarded host like Next", () => {
    expect(action({ origin: "http://folio.example:3000" })).toBeNull();
    expect(action({})).toBeNull();
    expect(action({ origin: "https://public.example", "x-forwarded-host": "public.example" })).toBeNull();
  });

  it("refuses a body over the limit with 413, and leaves other requests alone", () => {
    expect(action({ "content-length": String(MAX_ACTION_BODY_BYTES + 1) })).toMatchObject({ status: 413 });
    expect(serverActionRefusal({ method: "POST", headers: new Headers({ origin: "https://evil.example" }) })).toBeNull();
    expect(action({ origin: "https://evil.example" }, "GET")).toBeNull();
  });
});
