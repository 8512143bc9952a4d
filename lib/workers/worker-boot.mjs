// Worker threads start without the parent's TypeScript loader: register tsx, then run the TypeScript entry.
import { register } from "tsx/esm/api";

register();
await import("./worker-entry.ts");
