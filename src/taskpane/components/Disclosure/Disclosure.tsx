import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState, type ReactNode } from "react";
import { useDisclosureStyles } from "./Disclosure.styles";

export interface DisclosureProps {
  /** What the heading button says (icons, counts); its text is the group's name. */
  label: ReactNode;
  defaultOpen?: boolean;
  headingLevel?: 2 | 3 | 4;
  children: ReactNode;
}

/**
 * A heading that shows or hides its content (the WAI-ARIA disclosure pattern). Lighter than an accordion with
 * motion, which matters for the finding groups: they render with the pane's first paint.
 */
export function Disclosure({ label, defaultOpen = true, headingLevel = 3, children }: DisclosureProps) {
  const styles = useDisclosureStyles();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={styles.root} aria-labelledby={`${id}-button`}>
      <Heading className={styles.heading}>
        <button
          type="button"
          id={`${id}-button`}
          className={styles.button}
          aria-expanded={open}
          aria-controls={`${id}-content`}
          onClick={() => setOpen((current) => !current)}
        >
          {open ? (
            <ChevronDownRegular className={styles.chevron} aria-hidden />
          ) : (
            <ChevronRightRegular className={styles.chevron} aria-hidden />
          )}
          <span className={styles.label}>{label}</span>
        </button>
      </Heading>
      {open && <div id={`${id}-content`}>{children}</div>}
    </section>
  );
}
