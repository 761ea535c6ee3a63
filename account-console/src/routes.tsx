import { routes as stockRoutes } from "@keycloak/keycloak-account-ui";
import type { RouteObject } from "react-router-dom";
import { environment } from "./environment";
import { Root, RouteError } from "./Root";
import { SecureLogin } from "./secure-login/SecureLogin";

/** The path of the Secure Login System page below the console's base URL; content.json links it. */
export const SECURE_LOGIN_PATH = "secure-login";

export const routes: RouteObject[] = [
  {
    path: decodeURIComponent(new URL(environment.baseUrl).pathname),
    element: <Root />,
    errorElement: <RouteError />,
    children: [...stockRoutes, { path: SECURE_LOGIN_PATH, element: <SecureLogin /> }],
  },
];
