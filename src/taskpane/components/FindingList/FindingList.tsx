import { Badge } from "@fluentui/react-components";
import type { Finding } from "../../../core/findings/schema";
import { useStrings } from "../../i18n";
import { sectionName } from "../../session/checklist";
import { useSession } from "../../session/SessionContext";
import { Disclosure } from "../Disclosure/Disclosure";
import { FindingItem } from "./FindingItem";
import { useFindingListStyles } from "./FindingList.styles";
import { SeverityIcon } from "./SeverityIcon";
import { useFindingList } from "./useFindingList";

const groupKeys = {
  error: "groupErrors",
  warning: "groupWarnings",
  info: "groupInfo",
} as const;

const badgeColours = { error: "danger", warning: "warning", info: "informative" } as const;

/** Findings by the section they are about, in the order the sections first come up. */
function bySection(findings: readonly Finding[]): { section: string | null; findings: Finding[] }[] {
  const groups = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.section) ?? [];
    list.push(finding);
    groups.set(finding.section, list);
  }
  return [...groups].map(([section, inSection]) => ({ section, findings: inSection }));
}

/** The findings grouped by severity with their counts; errors and warnings open, information folded. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const session = useSession();
  const strings = useStrings();
  const styles = useFindingListStyles();
  const { containerRef, ...list } = useFindingList(findings);
  const template = session.analysis?.template ?? null;
  const groups = list.groups.filter((group) => group.findings.length > 0);

  return (
    <div ref={containerRef} tabIndex={-1} className={styles.groups}>
      {groups.map((group) => (
        <Disclosure
          key={group.severity}
          defaultOpen={group.severity !== "info"}
          label={
            <>
              <SeverityIcon severity={group.severity} />
              {strings[groupKeys[group.severity]]}
              <Badge
                size="small"
                shape="circular"
                appearance={group.severity === "error" ? "filled" : "tint"}
                color={badgeColours[group.severity]}
              >
                {group.findings.length}
              </Badge>
            </>
          }
        >
          <div className={styles.sections}>
            {bySection(group.findings).map(({ section, findings: inSection }) => {
              const name = sectionName(template, section, session.language) ?? strings.sectionGeneral;
              return (
                <div key={section ?? "-"} className={styles.section}>
                  <h4 className={styles.sectionHeading}>
                    {name}
                    <span className={styles.sectionCount} aria-hidden>
                      {inSection.length}
                    </span>
                  </h4>
                  <ul className={styles.list}>
                    {inSection.map((finding) => (
                      <li key={finding.id} data-finding={finding.id}>
                        <FindingItem
                          finding={finding}
                          section={name}
                          language={session.language}
                          mode={list.modeOf(finding)}
                          disabled={session.busy !== null}
                          applying={list.applyingId === finding.id}
                          onGoTo={() => list.goTo(finding)}
                          onFix={() => list.fix(finding)}
                          onIgnore={() => list.ignore(finding)}
                          onIgnoreConfirm={(choice) => list.confirmIgnore(finding, choice)}
                          onRestore={() => list.restore(finding)}
                          onCancel={() => list.cancel(finding)}
                          onReplace={(text) => list.replace(finding, text)}
                          onRemoveLine={() => list.removeLine(finding)}
                          onConfirm={() => list.confirm(finding)}
                        />
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </Disclosure>
      ))}
    </div>
  );
}

/** The findings the user ignored, each with "Terugzetten". */
export function IgnoredFindingList({ findings }: { findings: readonly Finding[] }) {
  const session = useSession();
  const styles = useFindingListStyles();
  const { containerRef, ...list } = useFindingList(findings);
  const template = session.analysis?.template ?? null;
  return (
    <div ref={containerRef} tabIndex={-1}>
      <ul className={styles.list}>
        {findings.map((finding) => (
          <li key={finding.id} data-finding={finding.id}>
            <FindingItem
              finding={finding}
              section={sectionName(template, finding.section, session.language)}
              language={session.language}
              ignored
              showContext
              mode="idle"
              disabled={session.busy !== null}
              applying={false}
              onGoTo={() => list.goTo(finding)}
              onFix={() => undefined}
              onIgnore={() => undefined}
              onIgnoreConfirm={() => undefined}
              onRestore={() => list.restore(finding)}
              onCancel={() => undefined}
              onReplace={() => undefined}
              onRemoveLine={() => undefined}
              onConfirm={() => undefined}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
