const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and double-quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => entities[c]!);
}

/** A tagged template whose interpolations are escaped unless wrapped with raw(). */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export const raw = (html: string) => new Raw(html);

type Part = Raw | string | number | null | undefined | false | Part[];

function emit(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (Array.isArray(part)) return part.map(emit).join("");
  if (part instanceof Raw) return part.html;
  return esc(part);
}

/** Builds HTML: every interpolated value is escaped, arrays are joined, raw() values pass through. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Raw {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += emit(v) + strings[i + 1]!;
  });
  return new Raw(out);
}
