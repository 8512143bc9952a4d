import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the embedded database's data directory for this process (PGlite allows one owner).
 * @throws AppError when another live process holds it or the directory cannot be written.
 */
export function lockDataDir(dir: string): () => void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "error";
    throw new AppError("unavailable:data-dir", `Data directory ${dir} is not writable (${code}); set FOLIO_DATA_DIR to a writable directory.`, { cause });
  }
  const lockPath = path.join(dir, "folio.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new AppError("unavailable:data-dir", `Data directory ${dir} is not writable (${(e as NodeJS.ErrnoException).code}).`, { cause: e });
      }
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new AppError(
          "conflict:data-dir",
          `Data directory ${dir} is in use by another Folio process (pid ${owner}); stop it first, or set FOLIO_DATA_DIR to another directory.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppError("conflict:data-dir", `Could not lock data directory ${dir}.`);
}
