/** @jest-environment jsdom */
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProfielwijzerError } from "../core/common";
import { functieprofiel } from "../../test/helpers/profiles";
import { seed000 } from "../../test/helpers/seed-snapshots";
import { p } from "../../test/helpers/snapshot";
import { axeViolations } from "./testing/axe";
import { FakeHost } from "./testing/fake-host";
import { loadTestEngine, renderTaskPane } from "./testing/render";
import { TaskPane } from "./TaskPane";

jest.setTimeout(30_000);
afterEach(cleanup);

describe("TaskPane", () => {
  it("says it is reading, then shows the profile's header and the tabs with the error count on Controle", async () => {
    let release: () => void = () => undefined;
    const host = new FakeHost(seed000());
    const read = host.read.bind(host);
    host.read = () => new Promise((resolve) => (release = () => resolve(read())));
    render(<TaskPane host={host} language="nl" theme="light" loadEngine={loadTestEngine} />);
    expect(within(await screen.findByRole("status")).getByText("Het profiel wordt gelezen…")).toBeTruthy();

    await act(async () => release());
    await screen.findByRole("region", { name: "Profiel" });
    const check = screen.getByRole("tab", { name: /^Controle/ });
    expect(check.getAttribute("aria-selected")).toBe("true");
    expect(check.textContent).toMatch(/^Controle\d+\d+ fouten$/);
    expect(screen.getByRole("tab", { name: "Structuur" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Invoegen" })).toBeTruthy();
  });

  it("loads Structuur and Invoegen when the user opens them", async () => {
    await renderTaskPane(new FakeHost(seed000()));
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: "Structuur" }));
    // Their modules arrive as chunks of their own (here: required on first use, which takes a moment).
    expect(
      await screen.findByRole("tree", { name: "Opbouw van het profiel" }, { timeout: 10_000 }),
    ).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Invoegen" }));
    expect(
      await screen.findByRole("searchbox", { name: "Zoek competentie" }, { timeout: 10_000 }),
    ).toBeTruthy();
  });

  it("shows the reader's own message when the document cannot be read, never a blank pane", async () => {
    const host = new FakeHost(seed000());
    host.failNext.read = new ProfielwijzerError("not-docx", {
      nl: "Dit is geen Word-document (.docx).",
      en: "This is not a Word document (.docx).",
    });
    render(<TaskPane host={host} language="nl" theme="light" loadEngine={loadTestEngine} />);
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "Het document kon niet worden gelezen" })).toBeTruthy();
    expect(within(alert).getByText("Dit is geen Word-document (.docx).")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(alert).getByRole("heading")));
  });

  it("says there is no document when there is no host", async () => {
    render(
      <TaskPane
        host={null}
        language="nl"
        theme="light"
        loadEngine={loadTestEngine}
        emptyHint="Open een bestand."
      />,
    );
    expect(await screen.findByRole("heading", { name: "Geen document" })).toBeTruthy();
    expect(screen.getByText("Open een bestand.")).toBeTruthy();
  });

  it("explains an old Word instead of reading the document", async () => {
    const host = new FakeHost(seed000());
    render(
      <TaskPane
        host={host}
        language="nl"
        theme="light"
        status={{ kind: "unsupported", reason: { kind: "word-too-old", set: "WordApi", version: "1.3" } }}
        loadEngine={loadTestEngine}
      />,
    );
    expect(await screen.findByText(/WordApi 1\.3 of nieuwer is nodig/)).toBeTruthy();
    expect(host.reads).toBe(0);
  });

  it("tells what an insert did, with a way to go to it, and the notice can be dismissed", async () => {
    const host = new FakeHost(functieprofiel({ conditions: null }));
    await renderTaskPane(host);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Herstel" }));
    const notices = await screen.findByRole("region", { name: "Meldingen" });
    expect(within(notices).getByText("Gedaan: Onderdeel 'Bezwarende omstandigheden' invoegen.")).toBeTruthy();
    await user.click(within(notices).getByRole("button", { name: "Ga naar" }));
    const revealed = host.revealed.at(-1)!;
    const shown = host.snapshot.blocks.slice(revealed.start, revealed.end + 1).map((block) => block.text);
    expect(shown).toContain("Bezwarende omstandigheden");
    expect(within(notices).getByText(/^2 nieuwe punten om in te vullen/)).toBeTruthy();
    for (const close of within(notices).getAllByRole("button", { name: "Sluiten" })) await user.click(close);
    expect(screen.queryByRole("region", { name: "Meldingen" })).toBeNull();
  });

  it("shows a refused change as a dismissible error and keeps the profile on screen", async () => {
    const host = new FakeHost(functieprofiel({ conditions: null }));
    await renderTaskPane(host);
    host.failNext.apply = new ProfielwijzerError("read-only", {
      nl: "Het document is alleen-lezen; er is niets gewijzigd.",
      en: "The document is read-only; nothing was changed.",
    });
    await userEvent.click(screen.getByRole("button", { name: "Herstel" }));
    const notices = await screen.findByRole("region", { name: "Meldingen" });
    expect(within(notices).getByText("Het document is alleen-lezen; er is niets gewijzigd.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Key accountmanager" })).toBeTruthy();
    expect(screen.getByText(/Het onderdeel 'Bezwarende omstandigheden' ontbreekt/)).toBeTruthy();
  });

  it("speaks English when Office does", async () => {
    await renderTaskPane(new FakeHost(functieprofiel({ conditions: null })), { language: "en" });
    expect(screen.getByRole("tab", { name: /^Check/ })).toBeTruthy();
    expect(screen.getByText("Not yet complete")).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Errors\s*1$/ })).toBeTruthy();
    expect(screen.getByRole("tab", { name: /^Check/ }).textContent).toBe("Check11 error");
    expect(screen.getByText(/^The section 'Adverse working conditions' is missing\./)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Fix" })).toBeTruthy();
  });

  it("makes an empty document one clear state: the template to insert, and nothing counted that is not shown", async () => {
    const host = new FakeHost({ source: { kind: "memory", name: "leeg" }, blocks: [p("")] });
    await renderTaskPane(host);
    expect(screen.getByRole("heading", { level: 2, name: "Leeg document" })).toBeTruthy();
    expect(screen.getAllByRole("heading", { name: "Dit document is leeg" }).length).toBeGreaterThan(0);
    // No detection to explain and no readiness to show for a document without text.
    expect(screen.queryByText("Geen sjabloon")).toBeNull();
    expect(screen.queryByText("Waarom dit sjabloon?")).toBeNull();
    // The finding that no template matches is not shown, so neither the tab nor the status counts it.
    expect(screen.getByRole("tab", { name: /^Controle/ }).textContent).toBe("Controle");
    const status = screen
      .getAllByRole("status")
      .map((element) => element.textContent)
      .join(" ");
    expect(status).toContain("Gecontroleerd: dit document is leeg. Voeg het sjabloon in om te beginnen.");
    expect(status).not.toMatch(/waarschuwing|fout/);

    const insert = screen.getByRole("button", { name: "Sjabloon invoegen" });
    expect(insert.getAttribute("aria-disabled")).not.toBe("true");
    await userEvent.click(insert);
    await waitFor(() => expect(host.applied.map((plan) => plan.id)).toEqual(["skeleton:functieprofiel"]));
  });

  it("says why the template cannot go into a document without a single paragraph", async () => {
    await renderTaskPane(new FakeHost({ source: { kind: "memory", name: "niets" }, blocks: [] }));
    const insert = screen.getByRole("button", { name: "Sjabloon invoegen" });
    expect(insert.getAttribute("aria-disabled")).toBe("true");
    const reason = document.getElementById(insert.getAttribute("aria-describedby") ?? "");
    expect(reason?.textContent).toMatch(/^Het sjabloon kan hier niet worden ingevoegd/);
  });

  it("has no accessibility violations that axe can find", async () => {
    const { container } = await renderTaskPane(new FakeHost(functieprofiel({ conditions: null })));
    await expect(axeViolations(container)).resolves.toEqual([]);
  });
});
