import { mergeClasses } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { Severity } from "../../../core/common";
import { useFindingListStyles } from "./FindingList.styles";

/** A decorative severity mark; the severity itself is always said in words next to it. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useFindingListStyles();
  const Icon = severity === "error" ? ErrorCircleFilled : severity === "warning" ? WarningFilled : InfoFilled;
  return <Icon aria-hidden className={mergeClasses(styles.severityIcon, styles[`${severity}Icon`])} />;
}
