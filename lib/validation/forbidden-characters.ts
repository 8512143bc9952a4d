/**
 * Characters Folio never stores: C0 controls other than tab, line feed and carriage return (XML 1.0 and
 * Word refuse them, PostgreSQL refuses NUL in text and jsonb), the non-characters U+FFFE and U+FFFF, and
 * lone UTF-16 surrogates (they cannot be encoded as UTF-8).
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, "g");

/** The first forbidden character of a string as `U+XXXX`, or null when it has none. */
export function forbiddenCharacter(text: string): string | null {
  const match = FORBIDDEN.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : null;
}

/** The string without forbidden characters (for text already stored, or read from files and documents). */
export function stripForbiddenCharacters(text: string): string {
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, "") : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Where the first forbidden character lies in a JSON-like value: its path (keys joined by dots) and code point. */
export function findForbiddenCharacter(value: unknown, path: (string | number)[] = []): { path: string; character: string } | null {
  if (typeof value === "string") {
    const character = forbiddenCharacter(value);
    return character ? { path: path.join("."), character } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenCharacter(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const inKey = forbiddenCharacter(key);
      if (inKey) return { path: [...path, key].join("."), character: inKey };
      const found = findForbiddenCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** A copy of a JSON-like value (plain objects, arrays, strings) with forbidden characters stripped from every string and key; other values are kept as they are. */
export function stripForbiddenDeep<T>(value: T): T {
  if (typeof value === "string") return stripForbiddenCharacters(value) as T;
  if (Array.isArray(value)) return value.map((item) => stripForbiddenDeep(item)) as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[stripForbiddenCharacters(key)] = stripForbiddenDeep(item);
    return out as T;
  }
  return value;
}
