import { Button } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";

/** The close button of a message bar (Fluent's own pattern: transparent, icon only, labelled). */
export function DismissButton(props: { label: string; onClick: () => void; size?: "small" | "medium" }) {
  return (
    <Button
      appearance="transparent"
      size={props.size ?? "small"}
      icon={<DismissRegular />}
      aria-label={props.label}
      onClick={props.onClick}
    />
  );
}
