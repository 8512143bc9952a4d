import { hash, verify } from "@node-rs/argon2";

// argon2id (algorithm 2) with the library's defaults: ~64 ms to hash here.
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
