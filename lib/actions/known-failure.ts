import { ForbiddenError } from "@/lib/auth/policies";
import { isAppError } from "@/lib/errors";

export interface KnownFailure {
  error: string;
  field?: string;
  status: number;
}

/** A refusal or domain error as a message safe to show (with the field and HTTP status), or null for a bug. */
export function knownFailure(e: unknown): KnownFailure | null {
  if (e instanceof ForbiddenError) return { error: e.message, status: e.signedIn ? 403 : 401 };
  if (isAppError(e)) return { error: e.message, field: e.field, status: e.status };
  return null;
}
