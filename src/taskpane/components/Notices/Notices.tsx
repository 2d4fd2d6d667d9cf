import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import { useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { useNoticeFocus } from "./NoticeFocus";
import { DismissButton } from "../DismissButton/DismissButton";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    scrollMarginTop: tokens.spacingVerticalL,
  },
});

/** What just happened (inserted, refused, comments added), each dismissible; "Ga naar" where it has a place. */
export function Notices() {
  const session = useSession();
  const strings = useStrings();
  const styles = useStyles();
  const { region } = useNoticeFocus();
  if (session.notices.length === 0) return null;
  return (
    <section ref={region} className={styles.root} aria-label={strings.noticesLabel}>
      <MessageBarGroup>
        {session.notices.map((notice) => (
          <MessageBar key={notice.id} intent={notice.intent} layout="multiline" tabIndex={-1} data-notice="">
            <MessageBarBody>{notice.text[session.language]}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <DismissButton label={strings.dismiss} onClick={() => session.dismissNotice(notice.id)} />
              }
            >
              {notice.location && (
                <Button
                  size="small"
                  icon={<ArrowRightRegular />}
                  onClick={() => notice.location && void session.reveal(notice.location)}
                >
                  {strings.goTo}
                </Button>
              )}
            </MessageBarActions>
          </MessageBar>
        ))}
      </MessageBarGroup>
    </section>
  );
}
