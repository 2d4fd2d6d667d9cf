import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { Message, Severity } from "../../core/common";
import { localise, useLanguage, useStrings } from "../i18n";
import { DismissButton } from "../components/DismissButton/DismissButton";

const intents: Readonly<Record<Severity, MessageBarIntent>> = {
  error: "error",
  warning: "warning",
  info: "info",
};

interface HostMessagesProps {
  /** What the host adapter or a reader said about the input itself (kept apart from findings). */
  messages: readonly Message[];
  onDismiss: (message: Message) => void;
}

/** The host's notes about reading the document, each dismissible, in the pane's language. */
export function HostMessages({ messages, onDismiss }: HostMessagesProps) {
  const strings = useStrings();
  const language = useLanguage();
  if (messages.length === 0) return null;
  return (
    <section aria-label={strings.messagesLabel}>
      <MessageBarGroup>
        {messages.map((message, index) => (
          <MessageBar key={`${message.code}-${index}`} intent={intents[message.severity]} layout="multiline">
            <MessageBarBody>{localise(message.text, language)}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <DismissButton
                  size="medium"
                  label={strings.messageDismiss}
                  onClick={() => onDismiss(message)}
                />
              }
            />
          </MessageBar>
        ))}
      </MessageBarGroup>
    </section>
  );
}
