import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useMemo, useState, type FormEvent } from "react";
import type { NewArea } from "../../../core/plans/compose-area";
import { useStrings } from "../../i18n";
import { useSession } from "../../session/SessionContext";
import { useInsertPaneStyles } from "../InsertPane/InsertPane.styles";
import { useNoticeFocus } from "../Notices/NoticeFocus";
import { PlanPreview } from "../PlanPreview/PlanPreview";

/** One entry per non-empty line; typed list dashes are dropped (the composer writes the document's own). */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-–•*]\s*/, "").trim())
    .filter((line) => line !== "");
}

/** A new result area after the last one, in the document's own layout (a table row or paragraphs). */
export function ResultAreaForm() {
  const session = useSession();
  const strings = useStrings();
  const styles = useInsertPaneStyles();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [tasks, setTasks] = useState("");
  const [indicators, setIndicators] = useState("");
  const [tried, setTried] = useState(false);
  const { focusLatest } = useNoticeFocus();
  const { engine, analysis, snapshot } = session;
  const template = analysis?.template ?? null;
  const config = template?.resultAreas ?? null;

  const area = useMemo<NewArea>(() => {
    const taskLines = splitLines(tasks);
    const indicatorLines = splitLines(indicators);
    return {
      title: title.trim(),
      // Left empty, the template's own placeholder lines (`xxx.`) go in, so the gap stays visible.
      ...(config?.hasDescription && description.trim() ? { description: description.trim() } : {}),
      ...(taskLines.length > 0 ? { tasks: taskLines } : {}),
      ...(indicatorLines.length > 0 ? { indicators: indicatorLines } : {}),
    };
  }, [title, description, tasks, indicators, config]);

  const plan = useMemo(
    () =>
      engine && analysis && snapshot && template && area.title
        ? engine.composeResultArea(analysis.profile, snapshot, template, area)
        : null,
    [engine, analysis, snapshot, template, area],
  );
  const possible = useMemo(
    () =>
      engine && analysis && snapshot && template
        ? engine.composeResultArea(analysis.profile, snapshot, template, { title: "x" }) !== null
        : false,
    [engine, analysis, snapshot, template],
  );

  if (!template || !config) {
    return (
      <Body1 as="p" className={styles.muted}>
        {strings.areaNotInTemplate}
      </Body1>
    );
  }
  if (!possible) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{strings.areaNeedsSection}</MessageBarBody>
      </MessageBar>
    );
  }

  const applying = session.busy?.kind === "applying" && plan !== null && session.busy.planId === plan.id;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!plan) return;
    if (await session.apply(plan)) {
      setTitle("");
      setDescription("");
      setTasks("");
      setIndicators("");
      setTried(false);
    }
    focusLatest();
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        label={strings.areaTitle}
        required
        validationState={tried && !area.title ? "error" : "none"}
        validationMessage={tried && !area.title ? strings.areaTitleMissing : undefined}
      >
        <Input value={title} onChange={(_event, data) => setTitle(data.value)} />
      </Field>
      {config.hasDescription && (
        <Field label={strings.areaDescription} hint={strings.areaEmptyHint}>
          <Textarea value={description} rows={2} onChange={(_event, data) => setDescription(data.value)} />
        </Field>
      )}
      {config.requireTasks && (
        <Field label={strings.areaTasks} hint={strings.areaLinesHint}>
          <Textarea value={tasks} rows={3} onChange={(_event, data) => setTasks(data.value)} />
        </Field>
      )}
      <Field label={strings.areaIndicators} hint={strings.areaLinesHint}>
        <Textarea value={indicators} rows={3} onChange={(_event, data) => setIndicators(data.value)} />
      </Field>
      {plan && <PlanPreview plan={plan} />}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          icon={applying ? <Spinner size="extra-tiny" /> : <AddRegular />}
          disabledFocusable={session.busy !== null}
        >
          {strings.areaInsert}
        </Button>
      </div>
    </form>
  );
}
