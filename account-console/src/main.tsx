import "@patternfly/react-core/dist/styles/base.css";
import "@patternfly/patternfly/patternfly-addons.css";
import "../node_modules/@keycloak/keycloak-ui-shared/dist/main.css";
import "../node_modules/@keycloak/keycloak-account-ui/lib/keycloak-account-ui.css";
import "./frame.css";
import "./secure-login/secure-login.css";

// The account-ui package bundles its own copy of ui-shared's context: its provider is the one its pages read.
import { KeycloakProvider } from "@keycloak/keycloak-account-ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { environment } from "./environment";
import { i18n } from "./i18n";
import { routes } from "./routes";

const router = createBrowserRouter(routes);

i18n.init().then(() =>
  createRoot(document.getElementById("app")!).render(
    <StrictMode>
      <KeycloakProvider environment={environment}>
        <RouterProvider router={router} />
      </KeycloakProvider>
    </StrictMode>,
  ),
);
