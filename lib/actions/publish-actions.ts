"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { publishVersion } from "@/lib/versions/publish-version";
import type { PublishVersionInput } from "@/lib/versions/schemas";

export async function publishVersionAction(iso: string, input: PublishVersionInput): Promise<ActionResult<{ version: number; contentHash: string }>> {
  return runAction(({ actor, db }) => publishVersion({ actor, db, iso: String(iso), input }), { revalidate: `/countries/${String(iso).toLowerCase()}` });
}
