import { AppError } from "@/lib/errors";

// Argon2 takes ~64 MB and tens of ms per hash: a burst of sign-ins must not take every core and all memory.
const MAX_RUNNING = 2;
const MAX_WAITING = 64;

let running = 0;
const waiting: (() => void)[] = [];

/**
 * Runs a password hash or verification when one of a few slots is free.
 * @throws AppError `unavailable:credentials` when too many are already waiting.
 */
export async function withHashSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_WAITING) throw new AppError("unavailable:credentials", "Sign-in is busy right now. Try again in a moment.");
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  try {
    return await fn();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
