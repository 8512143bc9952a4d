import { jsonRoute } from "@/lib/actions/json-route";
import { revisionDiff } from "@/lib/review/redline/revision-diff";
import { diffQuerySchema } from "@/lib/review/schemas";
import { parseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** The revision against `against` (default: the last approved one before it): word and footnote changes. */
export async function GET(request: Request, { params }: Params) {
  const { id } = await params;
  return jsonRoute(request, async ({ actor, db }) => {
    const { against } = parseInput(diffQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const diff = await revisionDiff({ actor, db, revisionId: id, againstId: against });
    return { revision: diff.revision, against: diff.against, changes: diff.changes, footnotes: diff.footnotes, numbersBefore: diff.numbersBefore, numbersAfter: diff.numbersAfter };
  });
}
