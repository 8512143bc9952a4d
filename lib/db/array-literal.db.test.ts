import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows-of";
import { openTestDatabase } from "@/lib/test/test-database";
import { arrayLiteral } from "./array-literal";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(async () => {
  await handle?.close();
});

describe("arrayLiteral", () => {
  it("reads back as the same elements, whatever they hold", async () => {
    const items = ["plain", "", "NULL", 'a "quoted" word', "back\\slash", "comma, and {braces}", "  spaced  ", "line\nbreak", null, "ü 日本"];
    // Read element by element: postgres.js's own parser of array results reads a NULL element as "NULL".
    const rows = rowsOf<{ item: string | null }>(await handle.db.execute(sql`select item from unnest(${arrayLiteral(items)}::text[]) with ordinality as t(item, n) order by n`));
    expect(rows.map((r) => r.item)).toEqual(items);
  });

  it("gives an empty array for no items", async () => {
    const [row] = rowsOf<{ n: number }>(await handle.db.execute(sql`select cardinality(${arrayLiteral([])}::text[]) as n`));
    expect(Number(row!.n)).toBe(0);
  });
});
