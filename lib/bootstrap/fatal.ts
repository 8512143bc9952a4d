import { EnvError } from "@/lib/env";
import { isAppError } from "@/lib/errors";

/** Prints one clear line for a start-up failure (no stack for known causes) and exits non-zero. */
export function fatal(prefix: string, e: unknown): never {
  const known = e instanceof EnvError || isAppError(e);
  const err = e as NodeJS.ErrnoException;
  let line = known ? err.message : `${err?.message ?? String(e)}`;
  if (err?.code === "EADDRINUSE") line = `Port is already in use (${err.message.replace(/^listen /, "")}); set PORT to a free port.`;
  if (err?.code === "EACCES" && err.syscall === "listen") line = `Not allowed to listen (${err.message}); set PORT above 1024.`;
  process.stderr.write(`${prefix}: ${line}\n`);
  if (!known && !err?.code && process.env.FOLIO_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
  process.exit(1);
}
