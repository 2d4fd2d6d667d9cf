import { Button, Spinner } from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useRef, useState } from "react";
import { useStrings } from "../../i18n";

const LazySettingsDialog = lazy(() =>
  import("./SettingsDialog").then((module) => ({ default: module.SettingsDialog })),
);

/** The settings button; the dialog behind it arrives as its own chunk the first time it is opened. */
export function SettingsButton() {
  const strings = useStrings();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={button}
        appearance="subtle"
        icon={open ? <Spinner size="extra-tiny" /> : <SettingsRegular />}
        aria-label={strings.settingsOpen}
        title={strings.settingsOpen}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      />
      {open && (
        <Suspense fallback={null}>
          <LazySettingsDialog
            onClose={() => {
              setOpen(false);
              // Back to where the user was, as a dialog trigger would.
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
