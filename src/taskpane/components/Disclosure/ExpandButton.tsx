import { Button, type ButtonProps } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

export interface ExpandButtonProps {
  open: boolean;
  /** Id of the content the button shows and hides. */
  controls: string;
  onToggle: () => void;
  appearance?: ButtonProps["appearance"];
  children: ReactNode;
}

/** A small button that folds content open or shut, for content without a heading of its own. */
export function ExpandButton({
  open,
  controls,
  onToggle,
  appearance = "subtle",
  children,
}: ExpandButtonProps) {
  return (
    <Button
      appearance={appearance}
      size="small"
      icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {children}
    </Button>
  );
}
