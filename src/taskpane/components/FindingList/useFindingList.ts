import { useEffect, useMemo, useRef, useState } from "react";
import type { Severity } from "../../../core/common";
import type { Finding, IgnoreChoice } from "../../../core/findings/schema";
import { SEVERITIES } from "../../session/checklist";
import { useSession } from "../../session/SessionContext";
import type { FindingMode } from "./FindingItem";

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

/**
 * The finding list's state: groups by severity, which finding is asking for text or confirmation, and where
 * the keyboard focus goes when a finding leaves the list (fixed or ignored): to the one that took its place.
 */
export function useFindingList(findings: readonly Finding[]) {
  const session = useSession();
  const [active, setActive] = useState<{ id: string; mode: FindingMode } | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<{ id: string; index: number } | null>(null);

  const groups = useMemo<FindingGroup[]>(
    () =>
      SEVERITIES.map((severity) => ({
        severity,
        findings: findings.filter((finding) => finding.severity === severity),
      })),
    [findings],
  );
  const order = useMemo(() => groups.flatMap((group) => group.findings), [groups]);

  useEffect(() => {
    const pending = pendingFocus.current;
    const container = containerRef.current;
    if (!pending || !container || order.some((finding) => finding.id === pending.id)) return;
    pendingFocus.current = null;
    const items = container.querySelectorAll<HTMLElement>("[data-finding]");
    const target = items[Math.min(pending.index, items.length - 1)];
    const button = target?.querySelector<HTMLElement>("button:not([disabled])");
    (button ?? container).focus();
  }, [order]);

  /** Remember where the finding was, so focus can land on its successor once it is gone. */
  function followFocus(finding: Finding) {
    pendingFocus.current = { id: finding.id, index: Math.max(0, order.indexOf(finding)) };
  }

  const modeOf = (finding: Finding): FindingMode => (active?.id === finding.id ? active.mode : "idle");

  async function applyFix(finding: Finding, text?: string, removeLine = false) {
    const fix = finding.fix;
    if (!fix || !session.engine) return;
    const plan =
      fix.kind === "plan"
        ? fix.plan
        : removeLine && fix.remove
          ? fix.remove
          : session.engine.composeReplacement(fix, text ?? "", finding.id);
    followFocus(finding);
    const applied = await session.apply(plan);
    if (applied) setActive(null);
  }

  return {
    containerRef,
    groups,
    modeOf,
    applyingId: session.busy?.kind === "applying" && active ? active.id : null,
    goTo: (finding: Finding) => void session.reveal(finding.location),
    fix(finding: Finding) {
      const fix = finding.fix;
      if (!fix) return;
      if (fix.kind === "replace-placeholder") setActive({ id: finding.id, mode: "placeholder" });
      else if (fix.plan.warnings.length > 0) setActive({ id: finding.id, mode: "confirm" });
      else {
        setActive({ id: finding.id, mode: "idle" });
        void applyFix(finding);
      }
    },
    confirm: (finding: Finding) => void applyFix(finding),
    replace: (finding: Finding, text: string) => void applyFix(finding, text),
    /** *Verwijder deze regel*: the placeholder line goes as a whole. */
    removeLine: (finding: Finding) => void applyFix(finding, undefined, true),
    cancel(finding: Finding) {
      const opener = active?.mode === "ignore" ? "ignore" : "fix";
      setActive(null);
      // Back to the button that opened the form.
      requestAnimationFrame(() => {
        const items = containerRef.current?.querySelectorAll<HTMLElement>("[data-finding]") ?? [];
        const item = [...items].find((element) => element.dataset.finding === finding.id);
        item?.querySelector<HTMLElement>(`button[data-action="${opener}"]`)?.focus();
      });
    },
    /** Asks why first: nothing is set aside without a reason. */
    ignore(finding: Finding) {
      setActive({ id: finding.id, mode: "ignore" });
    },
    confirmIgnore(finding: Finding, choice: IgnoreChoice) {
      followFocus(finding);
      setActive(null);
      void session.ignore(finding, choice);
    },
    restore(finding: Finding) {
      followFocus(finding);
      void session.restore(finding);
    },
  };
}
