import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

/** The country a profile names on its title line: the name as written and its ISO code when English names it. */
export function profileCountry(name: string | null): { name: string; code: string | null } {
  const n = name ?? "";
  return { name: n, code: (n && countries.getAlpha2Code(n, "en")) || null };
}
