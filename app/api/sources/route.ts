import { NextResponse } from "next/server";
import { z } from "zod";
import { jsonRoute } from "@/lib/actions/json-route";
import { authorize } from "@/lib/auth/policies";
import { addSource } from "@/lib/citations/add-source";
import { DuplicateSourceError } from "@/lib/citations/duplicate-source-error";
import { searchSources } from "@/lib/citations/queries";
import { parseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";

const searchSchema = z.object({ q: z.string().max(200, { error: "Search text must be at most 200 characters." }).default("") });

export function GET(request: Request) {
  return jsonRoute(request, async ({ actor, db }) => {
    authorize(actor, "profile.readDraft");
    const { q } = parseInput(searchSchema, Object.fromEntries(new URL(request.url).searchParams));
    return { sources: await searchSources(actor, db, q) };
  });
}

export function POST(request: Request) {
  return jsonRoute(request, async ({ actor, db, body }) => {
    try {
      return { sources: await addSource({ actor, db, input: body }) };
    } catch (e) {
      // A possible duplicate is a 409 that names the candidates; sending `confirmDuplicate: true` adds it anyway.
      if (e instanceof DuplicateSourceError) return NextResponse.json({ error: e.message, field: e.field, duplicates: e.duplicates }, { status: 409 });
      throw e;
    }
  });
}
