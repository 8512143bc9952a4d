import { countryCodeOf } from "../profiles/countries";

/** The country a profile names on its title line: the name as written and its ISO code when English names it. */
export function profileCountry(name: string | null): { name: string; code: string | null } {
  const n = name ?? "";
  return { name: n, code: countryCodeOf(n) };
}
