/** @jest-environment jsdom */
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { useState } from "react";
import { ProfielwijzerError } from "../../core/common";
import type { HostAdapter } from "../../core/host";
import { Shell, useHost, type ShellProps } from ".";

afterEach(cleanup);

function renderShell(props: Partial<ShellProps> = {}) {
  const onReload = jest.fn();
  const view = render(<Shell host={null} language="nl" theme="light" onReload={onReload} {...props} />);
  return { ...view, onReload };
}

function Thrower({ error }: { error: unknown }): never {
  throw error;
}

/** React reports caught render errors on the console; keep test output readable. */
function silenceConsoleError() {
  return jest.spyOn(console, "error").mockImplementation(() => undefined);
}

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom does no layout, so colour contrast cannot be judged here (the Fluent themes take care of it).
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

describe("Shell, ready", () => {
  it("shows the three tabs with Controle selected and its honest empty state", () => {
    renderShell();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((tab) => tab.getAttribute("aria-selected"))).toEqual(["true", "false", "false"]);
    expect(screen.getByRole("tab", { name: "Controle" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Structuur" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Invoegen" })).toBeTruthy();
    const panel = screen.getByRole("tabpanel");
    expect(within(panel).getByRole("heading", { name: "Nog geen profiel gelezen" })).toBeTruthy();
    expect(panel.textContent).toContain("nog niet in deze versie");
  });

  it("labels the tab list and ties each tab to its panel", () => {
    renderShell();
    expect(screen.getByRole("tablist", { name: "Onderdelen van Profielwijzer" })).toBeTruthy();
    const tab = screen.getByRole("tab", { name: "Controle" });
    const panel = screen.getByRole("tabpanel");
    expect(tab.getAttribute("aria-controls")).toBe(panel.id);
    expect(panel.getAttribute("aria-labelledby")).toBe(tab.id);
  });

  it("switches to Structuur when it is clicked", async () => {
    renderShell();
    await userEvent.click(screen.getByRole("tab", { name: "Structuur" }));
    expect(screen.getByRole("tab", { name: "Structuur" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").textContent).toContain("resultaatgebieden met taken en indicatoren");
  });

  // Arrow-key movement between tabs is tabster's and needs real layout; it is checked in Chromium, not jsdom.
  it("can be driven by keyboard: Tab lands on the selected tab, Enter on another tab selects it", async () => {
    renderShell();
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Controle" }));
    screen.getByRole("tab", { name: "Invoegen" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Invoegen" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").textContent).toContain("competenties uit de bibliotheek");
  });

  it("opens on the initial tab when one is given", () => {
    renderShell({ initialTab: "insert" });
    expect(screen.getByRole("tab", { name: "Invoegen" }).getAttribute("aria-selected")).toBe("true");
  });

  it("renders the panes it is given and keeps their state when the user switches tabs", async () => {
    function SearchPane() {
      const [text, setText] = useState("");
      return (
        <input aria-label="Zoek competentie" value={text} onChange={(event) => setText(event.target.value)} />
      );
    }
    renderShell({ panels: { insert: <SearchPane /> }, initialTab: "insert" });
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: "Zoek competentie" }), "samenwerken");
    await user.click(screen.getByRole("tab", { name: "Controle" }));
    expect(screen.queryByRole("textbox", { name: "Zoek competentie" })).toBeNull();
    await user.click(screen.getByRole("tab", { name: "Invoegen" }));
    expect((screen.getByRole("textbox", { name: "Zoek competentie" }) as HTMLInputElement).value).toBe(
      "samenwerken",
    );
    expect(screen.getAllByRole("tabpanel")).toHaveLength(1);
  });

  it("speaks English when the language is English", () => {
    renderShell({ language: "en" });
    expect(screen.getByRole("tab", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Structure" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Insert" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "No profile read yet" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });

  it("has a banner with the product name and a main region", () => {
    renderShell();
    expect(
      within(screen.getByRole("banner")).getByRole("heading", { level: 1, name: "Profielwijzer" }),
    ).toBeTruthy();
    expect(within(screen.getByRole("main")).getByRole("tablist")).toBeTruthy();
  });

  it("shows a notice under the header when one is given", () => {
    renderShell({ notice: <p>Voorbeeldweergave</p> });
    expect(screen.getByText("Voorbeeldweergave")).toBeTruthy();
  });

  it("shows the host's notes about reading the document in the pane's language, each dismissible", async () => {
    const note = {
      severity: "warning" as const,
      code: "ignored-garbage",
      text: {
        nl: "De lijst met genegeerde bevindingen was beschadigd.",
        en: "The list of ignored findings was damaged.",
      },
    };
    const onDismissMessage = jest.fn();
    renderShell({ language: "en", messages: [note], onDismissMessage });
    const region = screen.getByRole("region", { name: "Notes about reading the document" });
    expect(within(region).getByText("The list of ignored findings was damaged.")).toBeTruthy();
    await userEvent.click(within(region).getByRole("button", { name: "Dismiss note" }));
    expect(onDismissMessage).toHaveBeenCalledWith(note);
  });

  it("shows no notes region when there are no notes", () => {
    renderShell({ messages: [] });
    expect(screen.queryByRole("region", { name: "Meldingen over het lezen van het document" })).toBeNull();
  });

  it("hands the host to the panes through useHost", () => {
    const host = { kind: "docx" } as HostAdapter;
    function HostKind() {
      return <p>host: {useHost()?.kind ?? "geen"}</p>;
    }
    renderShell({ host, panels: { check: <HostKind /> } });
    expect(screen.getByText("host: docx")).toBeTruthy();
  });

  it("has no accessibility violations that axe can find", async () => {
    const { container } = renderShell();
    await expectNoAxeViolations(container);
  });
});

describe("Shell, other states", () => {
  it("shows a spinner with text while loading, in a status region, and no tabs yet", () => {
    renderShell({ status: { kind: "loading" } });
    expect(within(screen.getByRole("status")).getByText("Profielwijzer wordt geladen…")).toBeTruthy();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("explains which Word API is missing when Word is too old", () => {
    renderShell({
      status: { kind: "unsupported", reason: { kind: "word-too-old", set: "WordApi", version: "1.3" } },
    });
    expect(screen.getByRole("heading", { name: "Profielwijzer kan hier niet starten" })).toBeTruthy();
    expect(screen.getByText(/WordApi 1\.3 of nieuwer is nodig/)).toBeTruthy();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("points to the browser preview when it runs outside Word", () => {
    renderShell({ status: { kind: "unsupported", reason: { kind: "not-word", host: null } } });
    expect(screen.getByText(/werkt alleen in Microsoft Word/)).toBeTruthy();
    expect(screen.getByRole("link", { name: /voorbeeldweergave/ }).getAttribute("href")).toBe("preview.html");
  });

  it("says that office.js did not load when there is no Office at all", () => {
    renderShell({ status: { kind: "unsupported", reason: { kind: "no-office" } } });
    expect(screen.getByText(/Office-script is niet geladen/)).toBeTruthy();
  });

  it("shows a start-up error with its details and a reload button", async () => {
    const { onReload } = renderShell({
      status: { kind: "error", error: new Error("Word.run is niet beschikbaar") },
    });
    expect(screen.getByRole("heading", { name: "Er ging iets mis" })).toBeTruthy();
    expect(screen.getByText(/Word\.run is niet beschikbaar/, { selector: "pre" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Opnieuw laden" }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it("has no accessibility violations that axe can find while loading or failing", async () => {
    const loading = renderShell({ status: { kind: "loading" } });
    await expectNoAxeViolations(loading.container);
    cleanup();
    const failing = renderShell({ status: { kind: "error", error: new Error("kapot") } });
    await expectNoAxeViolations(failing.container);
  });
});

describe("Shell, when a pane crashes", () => {
  it("replaces the tabs with a friendly Dutch error instead of going blank, and keeps the header", async () => {
    const consoleError = silenceConsoleError();
    const { onReload } = renderShell({
      panels: { check: <Thrower error={new TypeError("x is undefined")} /> },
    });
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading", { name: "Er ging iets mis" })).toBeTruthy();
    expect(alert.textContent).toContain("Laad het taakvenster opnieuw");
    expect(within(alert).getByText(/TypeError: x is undefined/, { selector: "pre" })).toBeTruthy();
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(document.activeElement).toBe(within(alert).getByRole("heading", { name: "Er ging iets mis" }));
    await userEvent.click(within(alert).getByRole("button", { name: "Opnieuw laden" }));
    expect(onReload).toHaveBeenCalledTimes(1);
    consoleError.mockRestore();
  });

  it("shows our own error's text in the pane's language and its code", () => {
    const consoleError = silenceConsoleError();
    const error = new ProfielwijzerError("document-changed", {
      nl: "Het document is gewijzigd sinds het werd gelezen.",
      en: "The document changed since it was read.",
    });
    renderShell({ panels: { check: <Thrower error={error} /> } });
    expect(screen.getByText("Het document is gewijzigd sinds het werd gelezen.")).toBeTruthy();
    expect(screen.getByText("Foutcode: document-changed")).toBeTruthy();
    consoleError.mockRestore();
  });

  it("still shows an error when something other than an Error is thrown", () => {
    const consoleError = silenceConsoleError();
    renderShell({ language: "en", panels: { check: <Thrower error={undefined} /> } });
    expect(screen.getByRole("heading", { name: "Something went wrong" })).toBeTruthy();
    expect(screen.getAllByText("Unknown error").length).toBeGreaterThan(0);
    consoleError.mockRestore();
  });
});
