import { Body1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { QuestionCircleRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { closestMatchText } from "../../../core/profile/match-text";
import { formatString, useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { useTemplateOffersStyles } from "./TemplateOffers.styles";

/** For a document no template matches: say so, show the closest match, and let the user choose. */
export function TemplateChooser() {
  const session = useSession();
  const strings = useStrings();
  const styles = useTemplateOffersStyles();
  const selectId = useId();
  const { data, analysis, language } = session;
  if (!data || !analysis) return null;
  const best = analysis.profile.template.candidates[0];

  return (
    <section className={styles.card} aria-labelledby={`${selectId}-heading`}>
      <Subtitle2 as="h3" id={`${selectId}-heading`} className={styles.heading}>
        <QuestionCircleRegular className={styles.icon} aria-hidden />
        {strings.notProfileTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {best
          ? formatString(strings.notProfileBodyClosest, { match: closestMatchText(best)[language] })
          : strings.notProfileBody}
      </Body1>
      <Field label={{ children: strings.notProfileChoose, htmlFor: selectId }}>
        <Select
          id={selectId}
          className={styles.select}
          value=""
          onChange={(_event, choice) => choice.value && session.chooseTemplate(choice.value)}
        >
          <option value="">{strings.notProfileChoosePlaceholder}</option>
          {data.templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name[language]}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}
