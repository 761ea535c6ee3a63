import { Header, PageNav } from "@keycloak/keycloak-account-ui";
import { Alert, Page, PageSection, Spinner } from "@patternfly/react-core";
import { Suspense, useEffect, useState } from "react";
import { Outlet, useRouteError } from "react-router-dom";

/** PatternFly's xl breakpoint: from this width the stock console keeps its menu beside the page. */
const MENU_BESIDE_THE_PAGE = 1200;

/**
 * The stock console's frame: its header and its menu (read from the theme's content.json).
 *
 * The account-ui package bundles its own copy of PatternFly, so its header's menu button and its menu read that
 * copy's page context, never the one our Page provides: left alone the menu is always open (over the page on a
 * phone) and the button does nothing. The frame therefore keeps the menu's state itself: closed on a phone, open
 * beside the page on a wider screen, switched by the header's button (id nav-toggle), and closed on a phone once the
 * person picks a page or touches the page behind it.
 */
export const Root = () => {
  const [menuOpen, setMenuOpen] = useState(() => window.innerWidth >= MENU_BESIDE_THE_PAGE);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("#nav-toggle")) {
        setMenuOpen((open) => !open);
      } else if (window.innerWidth < MENU_BESIDE_THE_PAGE
          && target?.closest(".pf-v5-c-page__sidebar a, .pf-v5-c-page__main")) {
        setMenuOpen(false);
      }
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    document.getElementById("nav-toggle")?.setAttribute("aria-expanded", String(menuOpen));
  });

  return (
    <Page header={<Header />} sidebar={<PageNav />} className={menuOpen ? undefined : "sls-menu-closed"}>
      <Suspense fallback={<Spinner />}>
        <Outlet />
      </Suspense>
    </Page>
  );
};

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
