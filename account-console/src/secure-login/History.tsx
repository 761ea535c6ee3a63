import {
  Card,
  CardBody,
  CardTitle,
  DataList,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Text,
} from "@patternfly/react-core";
import type { HistoryLine } from "./api";
import { dateTime } from "./format";

type HistoryProps = {
  lines: HistoryLine[];
  text: (key: string, ...args: (string | number)[]) => string;
  locale: string;
};

/** The person's device history, newest first: what happened, to which device, when, and how it was proved. */
export const History = ({ lines, text, locale }: HistoryProps) => (
  <Card>
    <CardTitle component="h2">{text("slsAccountHistoryTitle")}</CardTitle>
    <CardBody>
      {lines.length === 0 ? (
        <Text id="sls-account-history-empty">{text("slsAccountHistoryEmpty")}</Text>
      ) : (
        <DataList aria-label={text("slsAccountHistoryTitle")} isCompact id="sls-account-history">
          {lines.map((line, index) => (
            <DataListItem key={`${line.at}-${index}`} data-event={line.event} data-type={line.type}>
              <DataListItemRow>
                <DataListItemCells
                  dataListCells={[
                    <DataListCell key="at" className="sls-account-date">{dateTime(line.at, locale)}</DataListCell>,
                    <DataListCell key="event">
                      <strong>{text(`slsAccountEvent-${line.event}`)}</strong>
                    </DataListCell>,
                    <DataListCell key="device" width={2}>
                      {text(line.nameKey)}
                      {line.label && <div className="sls-account-label">{line.label}</div>}
                    </DataListCell>,
                    <DataListCell key="proof" width={2}>
                      {line.proof && text("slsAccountProof", proofName(line.proof, text))}
                    </DataListCell>,
                  ]}
                />
              </DataListItemRow>
            </DataListItem>
          ))}
        </DataList>
      )}
    </CardBody>
  </Card>
);

/** The proof's name in the person's language; a proof this page has no name for shows as its token. */
function proofName(proof: string, text: HistoryProps["text"]): string {
  const key = `slsAccountProof-${proof}`;
  const name = text(key);
  return name === key ? proof : name;
}
