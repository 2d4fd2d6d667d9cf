import { CounterBadge } from "@fluentui/react-components";
import { DocumentAddRegular, PersonStarRegular, TargetArrowRegular } from "@fluentui/react-icons";
import { useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { CompetencyPicker } from "../CompetencyPicker/CompetencyPicker";
import { Disclosure } from "../Disclosure/Disclosure";
import { MissingSections, useMissingSections } from "../MissingSections/MissingSections";
import { ResultAreaForm } from "../ResultAreaForm/ResultAreaForm";
import { SkeletonOffer } from "../TemplateOffers/SkeletonOffer";
import { TemplateChooser } from "../TemplateOffers/TemplateChooser";
import { useInsertPaneStyles } from "./InsertPane.styles";

/**
 * Invoegen: the template's missing sections, a new result area, competencies from the library, and for an
 * empty document the whole template. Every insert goes through the session, which reads the document again.
 */
export function InsertPane() {
  const session = useSession();
  const strings = useStrings();
  const styles = useInsertPaneStyles();
  const missing = useMissingSections();

  if (session.isEmpty) return <SkeletonOffer />;
  if (!session.analysis?.template) return <TemplateChooser />;

  return (
    <div className={styles.root}>
      <Disclosure
        defaultOpen={missing.length > 0}
        label={
          <>
            <DocumentAddRegular className={styles.headerIcon} aria-hidden />
            {strings.insertSections}
            {missing.length > 0 && (
              <CounterBadge count={missing.length} size="small" color="danger" appearance="filled" />
            )}
          </>
        }
      >
        <div className={styles.panel}>
          <MissingSections missing={missing} />
        </div>
      </Disclosure>
      <Disclosure
        defaultOpen={false}
        label={
          <>
            <TargetArrowRegular className={styles.headerIcon} aria-hidden />
            {strings.insertArea}
          </>
        }
      >
        <div className={styles.panel}>
          <ResultAreaForm />
        </div>
      </Disclosure>
      <Disclosure
        label={
          <>
            <PersonStarRegular className={styles.headerIcon} aria-hidden />
            {strings.insertCompetency}
          </>
        }
      >
        <div className={styles.panel}>
          <CompetencyPicker />
        </div>
      </Disclosure>
    </div>
  );
}
