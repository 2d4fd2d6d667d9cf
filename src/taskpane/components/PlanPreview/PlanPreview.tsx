import { mergeClasses } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { EditPlan } from "../../../core/plans/schema";
import { formatString, useLanguage, useStrings } from "../../i18n";
import { ExpandButton } from "../Disclosure/ExpandButton";
import { describePlan } from "./describe-plan";
import { usePlanPreviewStyles } from "./PlanPreview.styles";

const MAX_LINES = 40;

/** "Voorbeeld tonen": what the plan will insert, as text, folded away until asked for. */
export function PlanPreview({ plan, defaultOpen = false }: { plan: EditPlan; defaultOpen?: boolean }) {
  const strings = useStrings();
  const language = useLanguage();
  const styles = usePlanPreviewStyles();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  const lines = useMemo(() => describePlan(plan), [plan]);
  const shown = lines.slice(0, MAX_LINES);

  return (
    <div className={styles.root}>
      <ExpandButton
        appearance="transparent"
        open={open}
        controls={id}
        onToggle={() => setOpen((current) => !current)}
      >
        {open ? strings.previewHide : strings.previewShow}
      </ExpandButton>
      {open && (
        <ul
          id={id}
          className={styles.box}
          aria-label={formatString(strings.previewLabel, { title: plan.title[language] })}
        >
          {shown.map((line, index) => (
            <li
              key={index}
              className={mergeClasses(
                line.bold && styles.bold,
                line.item && styles.item,
                line.kind === "row" && styles.row,
              )}
            >
              {line.item ? `• ${line.text}` : line.text}
            </li>
          ))}
          {lines.length > shown.length && (
            <li className={styles.more}>
              {formatString(strings.previewMore, { count: lines.length - shown.length }, language)}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
