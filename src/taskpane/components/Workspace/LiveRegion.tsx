import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/**
 * A polite live region for screen readers: says what changed (findings counted, something inserted) without
 * moving focus. Keyed by id so the same sentence twice is announced twice.
 */
export function LiveRegion({ message }: { message: { id: number; text: string } | null }) {
  const styles = useStyles();
  return (
    <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true">
      {message && <span key={message.id}>{message.text}</span>}
    </div>
  );
}
