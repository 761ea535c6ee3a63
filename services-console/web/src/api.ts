// The typed admin API ({server}/admin/realms/{realm}/sls/…), called with the logged-in person's token only.
import type Keycloak from 'keycloak-js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly body: any) {
    super(message);
  }
}

export type Api = <T = any>(method: string, path: string, body?: unknown) => Promise<T>;

/**
 * {@code onExpired} runs once when the session has ended (the token cannot be refreshed, or the server answers
 * 401): the page says so and logs in again.
 */
export function createApi(kc: Keycloak, base: string, onExpired: () => void): Api {
  return async (method, path, body) => {
    try {
      await kc.updateToken(30);
    } catch {
      onExpired();
      throw new ApiError(401, 'session_expired', 'session expired', null);
    }
    const headers: Record<string, string> = { Authorization: 'Bearer ' + kc.token, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(base + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store',
    });
    if (response.status === 401) {
      onExpired();
      throw new ApiError(401, 'session_expired', 'session expired', null);
    }
    const text = await response.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!response.ok) {
      const code = json?.error ?? 'http_' + response.status;
      const message = json?.message ?? json?.error_description ?? response.statusText ?? code;
      throw new ApiError(response.status, code, message, json);
    }
    return json;
  };
}
