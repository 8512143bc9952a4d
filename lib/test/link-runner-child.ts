// Child process for the kill -9 test: runs the link checker on an on-disk PGlite directory and prints
// "done <url>" after each URL is recorded, so the parent can kill it mid-run.
import { openDatabase } from "@/lib/db/client";
import { runLinkChecks } from "@/lib/links/run-link-checks";

const dir = process.env.CHILD_DATA_DIR!;
const port = Number(process.env.CHILD_FIXTURE_PORT);
const handle = await openDatabase({ kind: "pglite", dataDir: dir });
process.stdout.write("ready\n");
await runLinkChecks({
  db: handle.db,
  runnerId: "child",
  spacingMs: 1000,
  fetch: {
    resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    allow: new Set([`127.0.0.1#${port}`]),
    timeoutMs: 1500,
  },
  onItemDone: ({ url }) => process.stdout.write(`done ${url}\n`),
});
process.stdout.write("finished\n");
await handle.close();
