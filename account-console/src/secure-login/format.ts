/**
 * Our bundles are written for Java's MessageFormat (the login theme shares them): placeholders {0}, {1}, … and a
 * doubled apostrophe. The account console reads them raw, so fill and unescape them here.
 */
export function fill(text: string, ...args: (string | number)[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, index) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  }).replace(/''/g, "'");
}

/** A date and time in the console's language, e.g. "8 Dec 2026, 14:05" or "2026/12/08 14:05". */
export function dateTime(iso: string | null, locale: string): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}
