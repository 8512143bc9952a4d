import { NextResponse } from "next/server";
import { jsonRoute } from "@/lib/actions/json-route";
import { NothingToPublishError, PublishGateError, publishVersion } from "@/lib/versions/publish-version";

export const dynamic = "force-dynamic";

/** For scripts: `{changelog}` → 201 `{version, contentHash}`; 409 `{error, sections}` when nothing approved is new; 403 for non-editors. */
export async function POST(request: Request, { params }: { params: Promise<{ iso: string }> }) {
  const { iso } = await params;
  return jsonRoute(request, async ({ actor, db, body }) => {
    try {
      return NextResponse.json(await publishVersion({ actor, db, iso, input: body }), { status: 201 });
    } catch (e) {
      if (e instanceof NothingToPublishError) return NextResponse.json({ error: e.message, sections: e.sections }, { status: 409 });
      if (e instanceof PublishGateError) return NextResponse.json({ error: e.message, footnotes: e.footnotes }, { status: 409 });
      throw e;
    }
  });
}
