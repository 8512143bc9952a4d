import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ImportError } from "./import-error";
import { parseProfileInWorker } from "./parse-profile-in-worker";

// Each regex of the import parser at its worst: 50 lines of ~20,000 characters (≈ 1 MB), long runs of
// spaces that end in a character the pattern cannot take (U+2028, "<", ",", a missing "(n").
const spaces = " ".repeat(19_900);
const fifty = (line: (i: number) => string) => Array.from({ length: 50 }, (_, i) => line(i)).join("\n");
const notes = (text: string) => fifty((i) => `${i + 1}.^\n${text}`);

const pathological: [string, string][] = [
  ["last updated + U+2028", `flag\nJapan\n${fifty(() => `last updated${spaces}\u2028x\u2028y`)}`],
  ["note header 1.^", fifty(() => `1.^${spaces}\u2028x\u2028y`)],
  ["note header 1.", fifty(() => `1.${spaces}\u2028x\u2028y`)],
  ["ibid", notes(`ibid${spaces}\u2028x\u2028y`)],
  ["(n X) without quotes", notes(`a${spaces}b`)],
  ["accessed", notes(`‘T’ x accessed${spaces}<`)],
  ["bare URL", notes(`‘T’ a${spaces}b`)],
  ["authors", notes(`A and${spaces}B ‘T’`)],
  ["publisher, date", notes(`‘T’ (a,${spaces},)`)],
  ["trailing year", notes(`Title${spaces}1234x`)],
  ["image placeholder", fifty(() => `${"a_".repeat(9_950)}x_imag`)],
];

async function outcome(text: string): Promise<string> {
  try {
    await parseProfileInWorker(text, { now: "2026-01-20", timeoutMs: 10_000 });
    return "parsed";
  } catch (e) {
    if (e instanceof ImportError) return "refused";
    if (e instanceof AppError) return e.message;
    throw e;
  }
}

describe("parseProfileInWorker", () => {
  it.each(pathological)("finishes the worst case for %s (≈1 MB) within the 10 s budget", async (_name, text) => {
    expect(text.length).toBeGreaterThan(990_000);
    expect(["parsed", "refused"]).toContain(await outcome(text));
  });

  it("gives the worker's ImportError back with its line", async () => {
    await expect(parseProfileInWorker("flag\nJapan\n\nshopping list\n")).rejects.toMatchObject({ name: "ImportError", line: 1 });
    await expect(parseProfileInWorker(`flag\n${"x".repeat(20_001)}\n`)).rejects.toMatchObject({ name: "ImportError", line: 2 });
  });

  it("stops a parse that runs past its budget", async () => {
    await expect(parseProfileInWorker(notes(`‘T’ x accessed${spaces}<`), { timeoutMs: 1 })).rejects.toThrow(/took too long/);
  });

  it("lets the server answer a request while an upload parses", async () => {
    const seed = readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
    const lines = seed.split("\n");
    const paragraph = lines.findIndex((l) => l.length > 500);
    const big = [...lines.slice(0, paragraph + 1), ...Array.from({ length: 1_000 }, () => `\n${lines[paragraph]}`), ...lines.slice(paragraph + 1)].join("\n");
    const server = http.createServer((_req, res) => res.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const order: string[] = [];
    try {
      const parsing = parseProfileInWorker(big, { now: "2026-01-20" }).then((p) => {
        order.push("parsed");
        return p;
      });
      const answered = fetch(url).then(async (r) => {
        order.push(`answered ${await r.text()}`);
      });
      const [parsed] = await Promise.all([parsing, answered]);
      expect(parsed.sections[0]!.paragraphs.length).toBeGreaterThan(1_000);
      expect(order).toEqual(["answered ok", "parsed"]);
    } finally {
      server.close();
    }
  });
});
