import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startLinkFixtureServer } from "@/lib/test/link-fixture-server";
import { addressRange } from "./address-range";
import { connectPinned, type Connect, type RawResponse } from "./connect-pinned";
import { parseFetchAllowList } from "./fetch-allow-list";
import { safeFetch, type Resolve } from "./safe-fetch";
import { SafeFetchError } from "./safe-fetch-error";

const PUBLIC = "93.184.216.34";

/** A connect spy that never opens a socket: it answers from a script, so no test traffic leaves the machine. */
function fakeConnect(answers: Partial<RawResponse>[] = []) {
  return vi.fn<Connect>(async () => {
    const a = answers.shift() ?? { status: 200 };
    return { status: a.status ?? 200, headers: a.headers ?? {}, body: (async function* () {})(), destroy: () => {} };
  });
}

/** Delegates to the real connector only for loopback addresses; anything else fails the test instead of connecting. */
function loopbackOnlyConnect() {
  return vi.fn<Connect>(async (t) => {
    if (addressRange(t.address) !== "loopback") throw new Error(`test attempted a connection to ${t.address}`);
    return connectPinned(t);
  });
}

async function refusal(p: Promise<unknown>): Promise<SafeFetchError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SafeFetchError);
  expect((e as SafeFetchError).failure).toBe("refused");
  return e as SafeFetchError;
}

describe("safeFetch refuses before connecting", () => {
  const literals = [
    "http://127.0.0.1/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0x7f.1/",
    "http://0177.0.0.1/",
    "http://017700000001/",
    "http://127.1/",
    "http://127.0.1/",
    "http://0/",
    "http://0.0.0.0/",
    "http://[::1]/",
    "http://[::]/",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://[::ffff:192.168.1.1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://2852039166/",
    "http://0xa9.0xfe.0xa9.0xfe/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[fd00:ec2::254]/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://100.64.0.1/",
    "http://224.0.0.1/",
    "http://[ff02::1]/",
    "http://255.255.255.255/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://[2002:7f00:1::]/",
    "http://[::127.0.0.1]/",
    "http://[::7f00:1]/",
    "http://[::a9fe:a9fe]/",
    "http://[::8.8.8.8]/",
    "http://[2001::1]/",
    "http://[::ffff:0:7f00:1]/",
    "http://0300.0250.0.1/",
    "http://127.0.0.1./",
    "http://198.18.0.1/",
    "http://240.0.0.1/",
    "https://[::ffff:10.0.0.1]:443/x",
  ];
  it.each(literals)("%s", async (url) => {
    const connect = fakeConnect();
    const resolve = vi.fn<Resolve>(async () => [{ address: PUBLIC, family: 4 }]);
    await refusal(safeFetch(url, { connect, resolve }));
    expect(connect).not.toHaveBeenCalled();
    expect(resolve).not.toHaveBeenCalled();
  });

  it.each(["http://localhost/", "http://LOCALHOST./", "http://LOCALHOST.:3000/", "https://app.localhost/x", "http://a.b.LocalHost./", "http://localhost../"])(
    "%s is refused by name (RFC 6761), without resolving it",
    async (url) => {
      const connect = fakeConnect();
      const resolve = vi.fn<Resolve>(async () => [{ address: PUBLIC, family: 4 }]);
      const e = await refusal(safeFetch(url, { connect, resolve }));
      expect(e.reason).toMatch(/localhost/i);
      expect(connect).not.toHaveBeenCalled();
      expect(resolve).not.toHaveBeenCalled();
    },
  );

  it.each([
    ["internal.example", "10.1.2.3"],
    ["meta.example", "169.254.169.254"],
    ["v6meta.example", "fd00:ec2::254"],
    ["mapped.example", "::ffff:127.0.0.1"],
    ["cgnat.example", "100.100.100.100"],
  ])("a name resolving to a private address (%s → %s)", async (host, address) => {
    const connect = fakeConnect();
    const e = await refusal(safeFetch(`http://${host}/`, { connect, resolve: async () => [{ address, family: address.includes(":") ? 6 : 4 }] }));
    expect(e.reason).toContain(address);
    expect(connect).not.toHaveBeenCalled();
  });

  it("a resolver mixing a public and a private answer", async () => {
    const connect = fakeConnect();
    await refusal(safeFetch("http://mixed.example/", { connect, resolve: async () => [{ address: PUBLIC, family: 4 }, { address: "127.0.0.1", family: 4 }] }));
    expect(connect).not.toHaveBeenCalled();
  });

  it.each(["ftp://example.org/", "file:///etc/passwd", "gopher://example.org/", "http://user:pass@example.org/", "http://user@example.org/", "http://example.org:8080/", "https://example.org:22/", "not a url"])(
    "%s (scheme, credentials, port)",
    async (url) => {
      const connect = fakeConnect();
      await refusal(safeFetch(url, { connect, resolve: async () => [{ address: PUBLIC, family: 4 }] }));
      expect(connect).not.toHaveBeenCalled();
    },
  );

  it("a redirect to an internal address is re-checked and refused", async () => {
    for (const location of ["http://169.254.169.254/latest/", "http://[::ffff:127.0.0.1]/", "http://2130706433/admin", "http://internal.example/", "file:///etc/passwd"]) {
      const connect = fakeConnect([{ status: 302, headers: { location } }]);
      const resolve = vi.fn<Resolve>(async (h) => [{ address: h === "internal.example" ? "10.0.0.7" : PUBLIC, family: 4 }]);
      await refusal(safeFetch("http://public.example/start", { connect, resolve }));
      expect(connect).toHaveBeenCalledTimes(1);
    }
  });

  it("DNS rebinding: the socket goes to the address that was checked; a second lookup answering private is refused", async () => {
    const answers = [PUBLIC, "127.0.0.1"];
    const resolve = vi.fn<Resolve>(async () => [{ address: answers.shift()!, family: 4 }]);
    const connect = fakeConnect([{ status: 200 }]);
    const res = await safeFetch("http://rebind.example/", { connect, resolve });
    expect(res.status).toBe(200);
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(connect.mock.calls[0]![0].address).toBe(PUBLIC);

    const again = [PUBLIC, "127.0.0.1"];
    const resolve2 = vi.fn<Resolve>(async () => [{ address: again.shift()!, family: 4 }]);
    const connect2 = fakeConnect([{ status: 301, headers: { location: "http://rebind.example/next" } }]);
    await refusal(safeFetch("http://rebind.example/", { connect: connect2, resolve: resolve2 }));
    expect(resolve2).toHaveBeenCalledTimes(2);
    expect(connect2).toHaveBeenCalledTimes(1);
  });
});

describe("safeFetch against loopback fixture servers (allow-listed)", () => {
  let fx: Awaited<ReturnType<typeof startLinkFixtureServer>>;
  beforeAll(async () => {
    fx = await startLinkFixtureServer();
  });
  afterAll(async () => {
    await fx.close();
  });

  it("fetches an allow-listed loopback server on its port and follows a redirect", async () => {
    const connect = loopbackOnlyConnect();
    const res = await safeFetch(fx.url("redirect.test", "/old"), { resolve: fx.resolve, allow: fx.allow, connect });
    expect(res.status).toBe(200);
    expect(res.finalUrl).toBe(fx.url("redirect.test", "/moved"));
    expect(res.body.toString()).toBe("moved here");
  });

  it("without the allow-list, the same loopback server is refused and never contacted", async () => {
    const before = fx.requests.length;
    const connect = loopbackOnlyConnect();
    await refusal(safeFetch(fx.url("ok.test"), { resolve: fx.resolve, connect }));
    expect(connect).not.toHaveBeenCalled();
    expect(fx.requests.length).toBe(before);
  });

  it("cuts an oversize body at 2 MiB", async () => {
    const res = await safeFetch(fx.url("big.test"), { resolve: fx.resolve, allow: fx.allow, connect: loopbackOnlyConnect() });
    expect(res.truncated).toBe(true);
    expect(res.body.length).toBe(2 * 1024 * 1024);
  });

  it("cuts a slow body and a hung server at the deadline", async () => {
    for (const host of ["drip.test", "slow.test", "hung.test"]) {
      const e = await safeFetch(fx.url(host), { resolve: fx.resolve, allow: fx.allow, timeoutMs: 300, connect: loopbackOnlyConnect() }).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(SafeFetchError);
      expect((e as SafeFetchError).failure).toBe("timeout");
    }
  });

  it("stops after 5 redirects", async () => {
    const before = fx.requests.filter((r) => r.host === "loop.test").length;
    const e = await safeFetch(fx.url("loop.test", "/0"), { resolve: fx.resolve, allow: fx.allow, connect: loopbackOnlyConnect() }).catch((err: unknown) => err);
    expect((e as SafeFetchError).failure).toBe("too-many-redirects");
    expect(fx.requests.filter((r) => r.host === "loop.test").length - before).toBe(6);
  });

  it("a redirect from an allow-listed server to another loopback port is refused", async () => {
    const connect = fakeConnect([{ status: 302, headers: { location: "http://127.0.0.1:9/" } }]);
    await refusal(safeFetch(fx.url("ok.test"), { resolve: fx.resolve, allow: fx.allow, connect }));
    expect(connect).toHaveBeenCalledTimes(1);
  });
});

describe("parseFetchAllowList", () => {
  it("admits loopback address:port entries only", () => {
    expect(parseFetchAllowList("127.0.0.1:4100, [::1]:4101").size).toBe(2);
    for (const bad of ["10.0.0.1:80", "169.254.169.254:80", "example.org:80", "127.0.0.1", "[::ffff:7f00:1]:80x", "8.8.8.8:53"]) {
      expect(() => parseFetchAllowList(bad)).toThrow(/entry/);
    }
  });
});
