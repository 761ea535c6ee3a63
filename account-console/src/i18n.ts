import { createInstance } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";
import { environment } from "./environment";

type Message = { key: string; value: string };

/**
 * The console's texts: Keycloak serves the realm's account theme messages (ours, over the stock console's) as JSON at
 * /resources/{realm}/account/{language}; the stock pages and ours read the same instance.
 */
export const i18n = createInstance({
  lng: environment.locale,
  fallbackLng: "en",
  interpolation: { escapeValue: false },
  backend: {
    loadPath: `${environment.serverBaseUrl}/resources/${encodeURIComponent(environment.realm)}/account/{{lng}}`,
    parse: (data: string) =>
      Object.fromEntries((JSON.parse(data) as Message[]).map(({ key, value }) => [key, value])),
  },
});

i18n.use(FetchBackend);
i18n.use(initReactI18next);
