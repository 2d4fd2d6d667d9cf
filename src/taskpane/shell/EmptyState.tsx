import { Body1, Subtitle2 } from "@fluentui/react-components";
import { useStrings, type StringKey } from "../i18n";
import { useShellStyles } from "./Shell.styles";
import type { ShellTab } from "./tabs";

const bodyKeys: Readonly<Record<ShellTab, StringKey>> = {
  check: "emptyCheck",
  structure: "emptyStructure",
  insert: "emptyInsert",
};

/** What a tab shows while its pane does not exist yet: says so plainly instead of pretending. */
export function EmptyState({ tab }: { tab: ShellTab }) {
  const strings = useStrings();
  const styles = useShellStyles();
  return (
    <div className={styles.empty}>
      <Subtitle2 as="h2" className={styles.emptyHeading}>
        {strings.emptyTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.emptyText}>
        {strings[bodyKeys[tab]]}
      </Body1>
    </div>
  );
}
