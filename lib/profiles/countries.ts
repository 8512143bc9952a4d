import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

/** Whether a code is an assigned ISO 3166-1 alpha-2 country code (case-insensitive). */
export function isCountryCode(code: string): boolean {
  return /^[a-z]{2}$/i.test(code) && countries.isValid(code.toUpperCase());
}

/** The ISO code of a country named in English ("Japan" → "JP"), or null when no country has that name. */
export function countryCodeOf(name: string): string | null {
  return (name && countries.getAlpha2Code(name, "en")) || null;
}

/** The English short name of a country, e.g. "JP" → "Japan". */
export function countryName(code: string): string {
  return countries.getName(code.toUpperCase(), "en", { select: "alias" }) ?? countries.getName(code.toUpperCase(), "en") ?? code.toUpperCase();
}

/** Every country as { code, name }, sorted by name, for pickers. */
export function allCountries(): { code: string; name: string }[] {
  return Object.entries(countries.getNames("en", { select: "official" }))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
