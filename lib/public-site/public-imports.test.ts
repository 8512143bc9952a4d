import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const draftModules = ["@/lib/profiles/queries", "@/lib/citations/queries", "@/lib/profiles/footnotes", "@/lib/profiles/live-content", "@/lib/review/queries", "@/lib/comments/queries", "@/lib/sections/"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("the public site", () => {
  const files = [...sourceFiles(path.join(root, "lib/public-site")), ...sourceFiles(path.join(root, "app/(public)"))];

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("reads published data only: no public module imports a draft query", () => {
    const offending = files.flatMap((f) => {
      const imports = [...fs.readFileSync(f, "utf8").matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]!);
      return imports.filter((i) => draftModules.some((d) => i === d || i.startsWith(d))).map((i) => `${path.relative(root, f)} imports ${i}`);
    });
    expect(offending).toEqual([]);
  });
});
