import { Header, PageNav } from "@keycloak/keycloak-account-ui";
import { Alert, Page, PageSection, Spinner } from "@patternfly/react-core";
import { Suspense } from "react";
import { Outlet, useRouteError } from "react-router-dom";

/** The stock console's frame: its header and its menu (read from the theme's content.json). */
export const Root = () => (
  <Page header={<Header />} sidebar={<PageNav />} isManagedSidebar>
    <Suspense fallback={<Spinner />}>
      <Outlet />
    </Suspense>
  </Page>
);

/** What a page that failed to load or render shows instead (with the reason, for a report to Client Services). */
export const RouteError = () => {
  const error = useRouteError();
  const reason = error instanceof Error ? error.message : String((error as { statusText?: string })?.statusText ?? error);
  return (
    <PageSection>
      <Alert variant="danger" isInline title="Error" id="sls-console-error">
        {reason}
      </Alert>
    </PageSection>
  );
};
