import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { getInjectedEnvironment } from "@keycloak/keycloak-ui-shared";

/** What the theme's index.ftl injects into the page (server URL, realm, base URL, locale, feature flags). */
export const environment = getInjectedEnvironment<AccountEnvironment>();
