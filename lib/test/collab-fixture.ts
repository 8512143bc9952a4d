import { afterAll, beforeAll } from "vitest";
import { sectionDocumentName } from "@/lib/collab/document-name";
import type { DatabaseHandle } from "@/lib/db/client";
import { buildUser } from "./factories";
import { connectNodeClient, waitFor, type NodeClient } from "./node-client";
import { seedSection } from "./seed-section";
import { startTestCollabServer, type TestCollabServer } from "./start-test-collab-server";
import { openTestDatabase } from "./test-database";

/**
 * A test database and a collaboration server for a test file: opened before its tests, closed after them with
 * every client `sectionPair` connected. `sectionPair(text)` seeds a section holding `text`, connects two clients to
 * it as one researcher and resolves once both are synced.
 */
export function collabFixture(): { sectionPair(text: string): Promise<[NodeClient, NodeClient]> } {
  let handle: DatabaseHandle | undefined;
  let server: TestCollabServer | undefined;
  const clients: NodeClient[] = [];
  beforeAll(async () => {
    handle = await openTestDatabase();
    server = await startTestCollabServer({ db: handle.db });
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.close();
    await handle?.close();
  });
  return {
    async sectionPair(text) {
      const user = await buildUser(handle!.db, { role: "researcher" });
      const cookie = await server!.cookieFor(user.id);
      const { sectionId } = await seedSection(handle!.db, text);
      const connect = () => connectNodeClient({ url: server!.url, documentName: sectionDocumentName(sectionId), headers: { cookie } });
      const pair: [NodeClient, NodeClient] = [connect(), connect()];
      clients.push(...pair);
      await waitFor(() => pair.every((c) => c.provider.isSynced), "both clients synced");
      return pair;
    },
  };
}
