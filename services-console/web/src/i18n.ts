// The console's own messages (en, ja, fr), picked from ?lang=, the login's locale, then the browser's languages.
import en from './messages/en.json';
import ja from './messages/ja.json';
import fr from './messages/fr.json';

export type Key = keyof typeof en;
export const LANGUAGES = { en, ja, fr } as Record<string, Record<Key, string>>;
let current = 'en';

export function pickLanguage(candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split(/[-_]/)[0];
    if (base && base in LANGUAGES) return base;
  }
  return 'en';
}

export function setLanguage(lang: string): void {
  current = lang in LANGUAGES ? lang : 'en';
  document.documentElement.lang = current;
}

export function language(): string {
  return current;
}

/** The message, with {0}, {1}… replaced by the arguments. */
export function t(key: Key, ...args: (string | number)[]): string {
  const text: string = LANGUAGES[current][key] ?? (en as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
