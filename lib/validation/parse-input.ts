import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Parses untrusted input with a zod schema. @throws AppError naming the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".") || undefined;
  throw new AppError("bad_request:input", issue.message, { field });
}
