import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import type { KeycloakContext } from "@keycloak/keycloak-ui-shared";

/** GET /realms/{realm}/sls/account/overview (docs/api/account-api.yaml). */
export type Overview = {
  devices: Device[];
  setup: SetupOption[];
  settingsAction: string | null;
  removeAction: string | null;
  history: HistoryLine[];
  sections: {
    "sls-sharing"?: { state: string; deviceName: string | null; usable: boolean };
    "sls-optout"?: { optedOut: boolean };
  };
};

export type Device = {
  id: string | null;
  type: string;
  nameKey: string;
  label: string;
  level: number | null;
  state: "active" | "pending" | "suspended-shared";
  created: string | null;
  lastUsed: string | null;
};

export type SetupOption = {
  type: string;
  nameKey: string;
  action: string;
  level: number | null;
  held: boolean;
};

export type HistoryLine = {
  at: string;
  event: string;
  type: string;
  nameKey: string;
  label: string;
  proof: string | null;
};

export class OverviewError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function fetchOverview(
  context: KeycloakContext<AccountEnvironment>,
  signal: AbortSignal,
): Promise<Overview> {
  const { environment, keycloak } = context;
  await keycloak.updateToken(5);
  const url = `${environment.serverBaseUrl}/realms/${encodeURIComponent(environment.realm)}/sls/account/overview`;
  const response = await fetch(url, {
    signal,
    headers: { Authorization: `Bearer ${keycloak.token}`, Accept: "application/json" },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new OverviewError(response.status, body.message ?? response.statusText);
  }
  return response.json();
}
