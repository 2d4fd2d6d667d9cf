/** @jest-environment jsdom */
import { describe, expect, it } from "@jest/globals";
import { act, renderHook, waitFor } from "@testing-library/react";
import { ProfielwijzerError } from "../../core/common";
import type { Finding } from "../../core/findings/schema";
import { functieprofiel } from "../../../test/helpers/profiles";
import { seed000 } from "../../../test/helpers/seed-snapshots";
import { FakeHost } from "../testing/fake-host";
import { loadTestEngine } from "../testing/render";
import { useProfileSession } from "./useProfileSession";

type Hook = ReturnType<typeof renderSession>;

function renderSession(host: FakeHost | null, language: "nl" | "en") {
  return renderHook(
    ({ target }: { target: FakeHost | null }) =>
      useProfileSession(target, { language, loadEngine: loadTestEngine }),
    { initialProps: { target: host } },
  );
}

/** Renders the hook and lets the engine load and the first read finish inside act(). */
async function startSession(host: FakeHost | null, language: "nl" | "en" = "nl"): Promise<Hook> {
  let hook: Hook | undefined;
  await act(async () => {
    hook = renderSession(host, language);
  });
  if (host) await waitFor(() => expect(hook!.result.current.status.kind).toBe("ready"));
  return hook!;
}

function findingOf(findings: readonly Finding[], rule: string, section?: string): Finding {
  const found = findings.find(
    (finding) => finding.rule === rule && (section === undefined || finding.section === section),
  );
  if (!found) throw new Error(`no ${rule} finding`);
  return found;
}

describe("useProfileSession", () => {
  it("reads the document, analyses it and says whether it is ready to sign", async () => {
    const host = new FakeHost(seed000());
    const { result } = await startSession(host);
    expect(result.current.analysis?.template?.id).toBe("functieprofiel");
    expect(result.current.analysis?.readiness.complete).toBe(false);
    expect(result.current.analysis?.readiness.counts.error).toBeGreaterThan(0);
    expect(result.current.announcement?.text.nl).toMatch(/^Gecontroleerd: \d+ fouten/);
  });

  it("is idle without a host and reads as soon as one arrives", async () => {
    const { result, rerender } = await startSession(null);
    expect(result.current.status.kind).toBe("idle");
    const host = new FakeHost(functieprofiel());
    await act(async () => rerender({ target: host }));
    await waitFor(() => expect(result.current.status.kind).toBe("ready"));
    expect(result.current.analysis?.readiness.complete).toBe(true);
  });

  it("applies a missing section's fix, reads again, and the finding is gone", async () => {
    const host = new FakeHost(functieprofiel({ conditions: null }));
    const { result } = await startSession(host);
    const missing = findingOf(
      result.current.analysis!.findings,
      "section-missing",
      "bezwarende-omstandigheden",
    );

    if (missing.fix?.kind !== "plan") throw new Error("expected a plan fix");
    const plan = missing.fix.plan;
    let applied = false;
    await act(async () => {
      applied = await result.current.apply(plan);
    });

    expect(applied).toBe(true);
    expect(host.reads).toBe(2);
    expect(result.current.analysis!.findings.some((finding) => finding.rule === "section-missing")).toBe(
      false,
    );
    const [notice, added] = result.current.notices;
    expect(notice!.intent).toBe("success");
    expect(notice!.text.nl).toContain("Bezwarende omstandigheden");
    expect(notice!.location).not.toBeNull();
    // The inserted section brings its own 'xxx.' and a standard line to tailor: said, not left as a surprise.
    expect(added).toMatchObject({
      intent: "info",
      text: {
        nl: expect.stringMatching(/^2 nieuwe punten om in te vullen/),
        en: expect.stringMatching(/^2 new points/),
      },
    });
  });

  it("replaces a placeholder with the user's text through composeReplacement", async () => {
    const host = new FakeHost(seed000());
    const { result } = await startSession(host);
    const datum = findingOf(result.current.analysis!.findings, "placeholder", "datum");
    const fix = datum.fix!;
    if (fix.kind !== "replace-placeholder") throw new Error("expected a placeholder fix");

    await act(async () => {
      await result.current.apply(result.current.engine!.composeReplacement(fix, "3 maart 2026", datum.id));
    });

    expect(host.snapshot.blocks[fix.anchor.block]!.text).toContain("3 maart 2026");
    expect(result.current.analysis!.findings.some((finding) => finding.id === datum.id)).toBe(false);
  });

  it("hides an ignored finding, keeps the list in the document, and restores it", async () => {
    const host = new FakeHost(seed000());
    const { result } = await startSession(host);
    const guidance = findingOf(result.current.analysis!.findings, "template-guidance-left");

    await act(() =>
      result.current.ignore(guidance, { reason: "bewust-afwijkend", note: " Zo afgesproken. " }),
    );
    expect(host.ignored).toEqual([
      {
        id: guidance.id,
        reason: "bewust-afwijkend",
        note: "Zo afgesproken.",
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect(result.current.analysis!.ignoredFindings[0]!.ignored?.note).toBe("Zo afgesproken.");
    expect(result.current.analysis!.findings.some((finding) => finding.id === guidance.id)).toBe(false);
    expect(result.current.analysis!.ignoredFindings.map((finding) => finding.id)).toEqual([guidance.id]);

    await act(() => result.current.restore(guidance));
    expect(host.ignored).toEqual([]);
    expect(result.current.analysis!.findings.some((finding) => finding.id === guidance.id)).toBe(true);
  });

  it("starts with the findings the document says were ignored", async () => {
    const first = await startSession(new FakeHost(seed000()));
    const guidance = findingOf(first.result.current.analysis!.findings, "template-guidance-left");
    first.unmount();

    const { result } = await startSession(new FakeHost(seed000(), { ignored: [guidance.id] }));
    expect(result.current.analysis!.ignoredFindings.map((finding) => finding.id)).toEqual([guidance.id]);
  });

  it("puts an ignored finding back and says why when the document cannot store the list", async () => {
    const host = new FakeHost(seed000());
    const { result } = await startSession(host);
    const guidance = findingOf(result.current.analysis!.findings, "template-guidance-left");
    host.failNext.saveIgnored = new ProfielwijzerError("read-only", {
      nl: "Het document is alleen-lezen.",
      en: "The document is read-only.",
    });

    await act(() => result.current.ignore(guidance));

    expect(result.current.analysis!.findings.some((finding) => finding.id === guidance.id)).toBe(true);
    expect(result.current.notices.map((notice) => [notice.intent, notice.text.nl])).toEqual([
      ["error", "Het document is alleen-lezen."],
    ]);
  });

  it("shows a refused plan in the user's language, reads the document again and keeps the profile", async () => {
    const host = new FakeHost(functieprofiel({ conditions: null }));
    const { result } = await startSession(host, "en");
    const missing = findingOf(result.current.analysis!.findings, "section-missing");
    host.failNext.apply = new ProfielwijzerError("document-changed", {
      nl: "Het document is gewijzigd sinds het werd gelezen.",
      en: "The document changed since it was read.",
    });

    if (missing.fix?.kind !== "plan") throw new Error("expected a plan fix");
    const plan = missing.fix.plan;
    let applied = true;
    await act(async () => {
      applied = await result.current.apply(plan);
    });

    expect(applied).toBe(false);
    expect(host.reads).toBe(2);
    expect(result.current.status.kind).toBe("ready");
    expect(result.current.notices.at(-1)!.text.en).toBe("The document changed since it was read.");
    expect(result.current.announcement?.text.en).toBe("The document changed since it was read.");
  });

  it("turns a first read that fails into the failed state with the reader's error", async () => {
    const host = new FakeHost(seed000());
    const broken = new ProfielwijzerError("zip-invalid", {
      nl: "Het bestand is beschadigd.",
      en: "The file is damaged.",
    });
    host.failNext.read = broken;
    let hook: Hook | undefined;
    await act(async () => {
      hook = renderSession(host, "nl");
    });
    await waitFor(() => expect(hook!.result.current.status.kind).toBe("failed"));
    expect(hook!.result.current.status).toEqual({ kind: "failed", error: broken });
  });

  it("keeps the profile it has and shows a notice when a later read fails", async () => {
    const host = new FakeHost(seed000());
    const { result } = await startSession(host);
    host.failNext.read = new Error("Word is bezet");
    await act(() => result.current.recheck());
    expect(result.current.status.kind).toBe("ready");
    expect(result.current.analysis).not.toBeNull();
    expect(result.current.notices.at(-1)!.text.nl).toContain("Word is bezet");
  });

  it("checks against a chosen template instead of the detected one, and back", async () => {
    const { result } = await startSession(new FakeHost(functieprofiel()));
    act(() => result.current.chooseTemplate("resultaatprofiel"));
    expect(result.current.analysis!.template?.id).toBe("resultaatprofiel");
    expect(result.current.analysis!.readiness.complete).toBe(false);
    act(() => result.current.chooseTemplate(null));
    expect(result.current.analysis!.template?.id).toBe("functieprofiel");
  });

  it("refuses a wrong template file with a message that names the field, and uses a right one", async () => {
    const { result } = await startSession(new FakeHost(functieprofiel()));
    const engine = result.current.engine!;
    const wrong = JSON.stringify({ ...engine.builtIn.templates[0], id: "Eigen Sjabloon" });
    const refused = result.current.loadTemplate(wrong);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.nl).toMatch(/^Dit sjabloonbestand klopt niet\. id:/);

    const own = {
      ...engine.builtIn.templates[0]!,
      id: "eigen-functieprofiel",
      name: { nl: "Eigen profiel", en: "Own profile" },
    };
    let loaded: ReturnType<typeof result.current.loadTemplate> = { ok: false, error: { nl: "", en: "" } };
    act(() => {
      loaded = result.current.loadTemplate(JSON.stringify(own));
    });
    expect(loaded.ok).toBe(true);
    expect(result.current.data!.templates.map((template) => template.id)).toContain("eigen-functieprofiel");
    expect(result.current.data!.customTemplateIds).toEqual(["eigen-functieprofiel"]);
  });

  it("refuses a library file that is not JSON without changing the library in use", async () => {
    const { result } = await startSession(new FakeHost(functieprofiel()));
    const before = result.current.data!.library;
    const outcome = result.current.loadLibrary("{ niet: json");
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.nl).toMatch(/geen geldige JSON/);
    expect(result.current.data!.library).toBe(before);
  });

  it("adds the findings as comments and says how many", async () => {
    const host = new FakeHost(seed000());
    const { result } = await startSession(host, "en");
    const findings = result.current.analysis!.findings;
    await act(() => result.current.addComments(findings));
    expect(host.commented).toEqual([{ findings: [...findings], language: "en" }]);
    expect(result.current.notices.at(-1)!.text.en).toBe(`${findings.length} comments added to the document.`);
  });

  it("passes on the host's message when it cannot add comments", async () => {
    const host = new FakeHost(seed000());
    host.commentsSupported = false;
    const { result } = await startSession(host);
    await act(() => result.current.addComments(result.current.analysis!.findings));
    expect(result.current.notices.map((notice) => [notice.intent, notice.text.nl])).toEqual([
      ["warning", "Deze versie van Word kan geen opmerkingen toevoegen."],
    ]);
  });

  it("follows the selection the host reports", async () => {
    const host = new FakeHost(seed000());
    const { result } = await startSession(host);
    const before = result.current;
    act(() => host.select({ start: 20, end: 20 }));
    expect(result.current.getSelection()).toEqual({ start: 20, end: 20 });
    // The rest of the session does not change with the selection, so the panes do not render again.
    expect(result.current).toBe(before);
  });

  it("reads the new document when the host changes, forgetting the old one's notices", async () => {
    const first = new FakeHost(seed000());
    const { result, rerender } = await startSession(first);
    first.failNext.read = new Error("kapot");
    await act(() => result.current.recheck());
    expect(result.current.notices).toHaveLength(1);

    await act(async () => rerender({ target: new FakeHost(functieprofiel()) }));
    await waitFor(() => expect(result.current.analysis?.readiness.complete).toBe(true));
    expect(result.current.notices).toEqual([]);
  });

  it("writes the checklist as text with the status, the groups and the ignored findings apart", async () => {
    const host = new FakeHost(seed000());
    const { result } = await startSession(host);
    const guidance = findingOf(result.current.analysis!.findings, "template-guidance-left");
    await act(() => result.current.ignore(guidance));
    const text = result.current.checklistText();
    expect(text).toContain("Profiel: Key accountmanager");
    expect(text).toMatch(/Status: Nog niet compleet volgens sjabloon: \d+ fouten/);
    expect(text).toMatch(/\nFOUTEN \(\d+\)\n\[ \] Kop: /);
    expect(text).toMatch(/\nGENEGEERD \(1\)\n\[–\] Kenmerken van de functie: Deze toelichting/);
  });
});
