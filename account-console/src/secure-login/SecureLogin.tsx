import { type AccountEnvironment, Page, useEnvironment } from "@keycloak/keycloak-account-ui";
import {
  Alert,
  Button,
  Card,
  CardBody,
  CardTitle,
  DataList,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Label,
  Spinner,
  Stack,
  Text,
  TextContent,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Device, fetchOverview, type Overview, OverviewError } from "./api";
import { dateTime, fill } from "./format";
import { History } from "./History";

const STATE_COLOR = { active: "green", pending: "blue", "suspended-shared": "orange" } as const;

/** The account console's "Secure Login System" page. */
export const SecureLogin = () => {
  const { t } = useTranslation();
  const context = useEnvironment<AccountEnvironment>();
  const locale = context.environment.locale;
  const [overview, setOverview] = useState<Overview>();
  const [failed, setFailed] = useState<OverviewError | Error>();

  useEffect(() => {
    const controller = new AbortController();
    fetchOverview(context, controller.signal).then(setOverview, (error) => {
      if (!controller.signal.aborted) setFailed(error);
    });
    return () => controller.abort();
  }, [context]);

  const act = (action: string) =>
    context.keycloak.login({ action, redirectUri: window.location.href, locale });
  const text = (key: string, ...args: (string | number)[]) => fill(t(key, { defaultValue: key }), ...args);

  if (failed) {
    return (
      <Page title={text("slsSettingsTitle")} description={text("slsAccountDescription")}>
        <Alert variant="danger" isInline title={text("slsAccountLoadFailed")} id="sls-account-error" />
      </Page>
    );
  }
  if (!overview) return <Spinner />;

  const sharing = overview.sections["sls-sharing"];
  const optOut = overview.sections["sls-optout"];

  return (
    <Page title={text("slsSettingsTitle")} description={text("slsAccountDescription")}>
      <Stack hasGutter id="sls-account">
        <Card>
          <CardTitle component="h2">{text("slsSettingsDevicesTitle")}</CardTitle>
          <CardBody>
            {overview.devices.length === 0 ? (
              <Text id="sls-account-no-device">{text("slsSettingsNoDevice")}</Text>
            ) : (
              <DataList aria-label={text("slsSettingsDevicesTitle")} id="sls-account-devices">
                {overview.devices.map((device, index) => (
                  <DeviceItem
                    key={device.id ?? `${device.type}-${index}`}
                    device={device}
                    text={text}
                    locale={locale}
                    onRemove={
                      device.id && overview.removeAction
                        ? () => act(`${overview.removeAction}:${device.id}`)
                        : undefined
                    }
                  />
                ))}
              </DataList>
            )}
          </CardBody>
        </Card>

        {overview.setup.length > 0 && (
          <Card>
            <CardTitle component="h2">{text("slsAccountSetupTitle")}</CardTitle>
            <CardBody>
              <div className="sls-account-actions" id="sls-account-setup">
                {overview.setup.map((option) => (
                  <Button
                    key={option.type}
                    variant="secondary"
                    data-action={option.action}
                    onClick={() => act(option.action)}
                  >
                    {text(option.held ? "slsAccountReplace" : "slsAccountSetup", text(option.nameKey))}
                  </Button>
                ))}
              </div>
            </CardBody>
          </Card>
        )}

        <Card>
          <CardTitle component="h2">{text("slsOptOutBoxTitle")}</CardTitle>
          <CardBody>
            <TextContent id="sls-account-settings">
              {sharing && (
                <Text id="sls-account-sharing" data-state={sharing.state}>
                  {sharing.state === "none"
                    ? text("slsShareSectionNone")
                    : text(`slsShareStatus-${sharing.state}`, sharing.deviceName ? text(sharing.deviceName) : "")}
                </Text>
              )}
              {sharing?.state === "approved" && !sharing.usable && <Text>{text("slsSharedDeviceUnavailable")}</Text>}
              {optOut && (
                <Text id="sls-account-optout" data-opted-out={String(optOut.optedOut)}>
                  {text(optOut.optedOut ? "slsOptOutStateNotRequired" : "slsOptOutStateAlways")}
                </Text>
              )}
            </TextContent>
            {overview.settingsAction && (
              <Button
                id="sls-account-open-settings"
                variant="primary"
                className="pf-v5-u-mt-md"
                onClick={() => act(overview.settingsAction!)}
              >
                {text("slsAccountOpenSettings")}
              </Button>
            )}
          </CardBody>
        </Card>

        <Card>
          <CardTitle component="h2">{text("slsAccountLostTitle")}</CardTitle>
          <CardBody>
            <TextContent id="sls-account-lost">
              <Text>{text("slsAccountLostPhone")}</Text>
              <Text>{text("slsRecoveryContactClientServices")}</Text>
              <Text>{text("slsAccountLostCard")}</Text>
            </TextContent>
          </CardBody>
        </Card>

        <History lines={overview.history} text={text} locale={locale} />
      </Stack>
    </Page>
  );
};

type DeviceItemProps = {
  device: Device;
  text: (key: string, ...args: (string | number)[]) => string;
  locale: string;
  onRemove?: () => void;
};

const DeviceItem = ({ device, text, locale, onRemove }: DeviceItemProps) => (
  <DataListItem aria-labelledby={`sls-device-${device.type}`} data-type={device.type} data-state={device.state}>
    <DataListItemRow>
      <DataListItemCells
        dataListCells={[
          <DataListCell key="name" width={2}>
            <strong id={`sls-device-${device.type}`}>{text(device.nameKey)}</strong>
            {device.label && <div className="sls-account-label">{device.label}</div>}
          </DataListCell>,
          <DataListCell key="state">
            <Label color={STATE_COLOR[device.state]}>{text(`slsSettingsState-${device.state}`)}</Label>
            {device.level !== null && <div className="sls-account-level">{text("slsAccountLevel", device.level)}</div>}
          </DataListCell>,
          <DataListCell key="dates" width={2}>
            {device.created && <div>{text("slsAccountCreated", dateTime(device.created, locale))}</div>}
            {device.id && (
              <div>
                {device.lastUsed
                  ? text("slsAccountLastUsed", dateTime(device.lastUsed, locale))
                  : text("slsAccountNeverUsed")}
              </div>
            )}
          </DataListCell>,
          <DataListCell key="actions" alignRight>
            {onRemove && (
              <Button variant="link" isDanger onClick={onRemove} data-remove={device.id}>
                {text("slsAccountRemove")}
              </Button>
            )}
          </DataListCell>,
        ]}
      />
    </DataListItemRow>
  </DataListItem>
);
