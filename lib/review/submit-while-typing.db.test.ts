import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { DatabaseHandle } from "@/lib/db/client";
import { revisions } from "@/lib/db/schema/review";
import { sectionDocumentName } from "@/lib/collab/document-name";
import { connectNodeClient, waitFor, type NodeClient } from "@/lib/test/node-client";
import { firstParagraphText, NodeTypist } from "@/lib/test/node-typist";
import { seedSection } from "@/lib/test/seed-section";
import { startTestCollabServer, type TestCollabServer } from "@/lib/test/start-test-collab-server";
import { bareServices, setServices } from "@/lib/server/services";
import { buildUser } from "@/lib/test/factories";
import { openTestDatabase } from "@/lib/test/test-database";
import { sha256 } from "./freeze-section";
import { submitForReview } from "./submit-for-review";

let handle: DatabaseHandle;
let server: TestCollabServer;
const clients: NodeClient[] = [];

beforeAll(async () => {
  handle = await openTestDatabase();
  // A short flush delay and debounce so "stored" acknowledgements and compactions both happen while typing.
  server = await startTestCollabServer({ db: handle.db, flushDelayMs: 10, compactDebounceMs: 50, compactMaxDelayMs: 200 });
  setServices(bareServices({ collab: server.collab }));
});

afterAll(async () => {
  setServices(undefined);
  for (const c of clients) c.destroy();
  await server?.close();
  await handle?.close();
});

describe("submit while three clients type", () => {
  it("freezes exactly the stored state: its hash is the content hash and every acknowledged character is in it", async () => {
    const { sectionId } = await seedSection(handle.db, "Start.");
    const submitter = await buildUser(handle.db, { role: "researcher" });
    const typists = await Promise.all(
      ["a", "b", "c"].map(async (letter) => {
        const user = await buildUser(handle.db, { role: "researcher" });
        const client = connectNodeClient({ url: server.url, documentName: sectionDocumentName(sectionId), headers: { cookie: await server.cookieFor(user.id) } });
        clients.push(client);
        await waitFor(() => client.provider.isSynced, `client ${letter} synced`);
        return { letter, client, typist: new NodeTypist(client.doc), typed: "", acked: 0 };
      }),
    );
    let typing = true;
    const loops = typists.map(async (t) => {
      for (let i = 0; typing; i++) {
        // Everything typed so far is acknowledged as stored when the server says the whole document is.
        if (t.client.isStored()) t.acked = t.typed.length;
        const ch = `${t.letter}${i % 10}`;
        t.typist.type(ch);
        t.typed += ch;
        await new Promise((r) => setTimeout(r, 3));
      }
    });
    await waitFor(() => typists.every((t) => t.acked >= 40), "every typist to have 40 acknowledged characters");
    const acked = typists.map((t) => t.typed.slice(0, t.acked));
    const rev = await submitForReview({ actor: submitter.actor, db: handle.db, input: { sectionId } });
    typing = false;
    await Promise.all(loops);

    const [row] = await handle.db.select().from(revisions).where(eq(revisions.id, rev.id));
    expect(sha256(row!.yState)).toBe(row!.contentHash);
    expect(row!.contentHash).toBe(rev.contentHash);
    const frozen = new Y.Doc();
    Y.applyUpdate(frozen, row!.yState);
    const text = firstParagraphText(frozen);
    for (const [i, t] of typists.entries()) expect(text, `typist ${t.letter}`).toContain(acked[i]);
    expect(row!.contentText).toBe(text);
    expect([...row!.authors].sort()).toHaveLength(3);
  });
});
