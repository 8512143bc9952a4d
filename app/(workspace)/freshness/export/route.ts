import { z } from "zod";
import { can } from "@/lib/auth/policies";
import { requestUser } from "@/lib/auth/request-user";
import { toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { freshnessCitations, freshnessFilters } from "@/lib/freshness/freshness-citations";
import { freshnessCsv } from "@/lib/freshness/freshness-csv";
import { staleBefore } from "@/lib/freshness/freshness-tone";
import { getCitationPolicy } from "@/lib/settings/citation-policy";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({
  country: z.string().regex(/^[A-Za-z]{2}$/, { error: "country must be a two-letter code" }).optional(),
  col: z.string().max(200).optional(),
  filter: z.enum(freshnessFilters, { error: `filter must be one of ${freshnessFilters.join(", ")}` }).default("all"),
});

/** CSV of the cited sources behind the dashboard (same country / col / filter parameters as /freshness). */
export async function GET(request: Request) {
  const user = await requestUser(request);
  if (!user) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  if (!can(toActor(user), "profile.readDraft")) return Response.json({ error: "You do not have permission to export citations." }, { status: 403 });
  let params: z.infer<typeof paramsSchema>;
  try {
    params = parseInput(paramsSchema, Object.fromEntries(new URL(request.url).searchParams));
  } catch (e) {
    if (!isAppError(e)) throw e;
    return Response.json({ error: e.message, field: e.field }, { status: e.status });
  }
  const db = getDb();
  const policy = await getCitationPolicy(db);
  const today = new Date().toISOString().slice(0, 10);
  const rows = await freshnessCitations(db, { countryCode: params.country, column: params.col, filter: params.filter, staleBefore: staleBefore(today, policy.maxAgeMonths), limit: 100_000 });
  return new Response(freshnessCsv(rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="folio-freshness-${today}.csv"`, "cache-control": "no-store" },
  });
}
