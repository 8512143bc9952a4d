import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { findForbiddenCharacter } from "./forbidden-characters";

/**
 * Parses untrusted input with a zod schema. Text with a control character (other than tab and newlines), a NUL
 * or a lone surrogate is refused before parsing: it cannot be stored in PostgreSQL or written to Word.
 * @throws AppError naming the first bad field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const bad = findForbiddenCharacter(input);
  if (bad) {
    const field = bad.path || undefined;
    throw new AppError("bad_request:input", `${field ?? "The input"} contains a character that is not allowed (${bad.character}): remove control characters and broken symbols.`, { field });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".") || undefined;
  throw new AppError("bad_request:input", issue.message, { field });
}
