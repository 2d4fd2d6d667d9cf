/** @jest-environment jsdom */
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import type { Language } from "../../../core/common";
import { functieprofiel } from "../../../../test/helpers/profiles";
import { FakeHost } from "../../testing/fake-host";
import { loadTestEngine } from "../../testing/render";
import { TaskPane } from "../../TaskPane";

jest.setTimeout(30_000);
afterEach(cleanup);

/** The pane as index.tsx runs it: Office's display language, overridden by the choice under Instellingen. */
function PaneWithLanguage({ host, automatic }: { host: FakeHost; automatic: Language }) {
  const [preference, setPreference] = useState<Language | null>(null);
  return (
    <TaskPane
      host={host}
      language={preference ?? automatic}
      languageSetting={{ preference, automatic, onChange: setPreference }}
      theme="light"
      loadEngine={loadTestEngine}
    />
  );
}

async function openSettings(name: string) {
  await userEvent.click(screen.getByRole("button", { name }));
  // The dialog arrives as a chunk of its own the first time (required on first use here, which takes a moment).
  return screen.findByRole("dialog", {}, { timeout: 10_000 });
}

describe("the language under Instellingen", () => {
  it("follows Office until the user picks a language, which then rules the whole pane", async () => {
    await act(async () => {
      render(<PaneWithLanguage host={new FakeHost(functieprofiel())} automatic="nl" />);
    });
    await screen.findByRole("region", { name: "Profiel" });
    let dialog = await openSettings("Instellingen");
    const choice = within(dialog).getByRole("combobox", { name: "Taal van het taakvenster" });
    expect((choice as HTMLSelectElement).value).toBe("auto");
    expect(within(choice).getByRole("option", { name: "Automatisch (Nederlands)" })).toBeTruthy();

    await userEvent.selectOptions(choice, "en");
    dialog = await screen.findByRole("dialog", { name: "Settings" });
    const english = within(dialog).getByRole("combobox", { name: "Language of the task pane" });
    expect((english as HTMLSelectElement).value).toBe("en");
    // Behind the dialog the whole pane speaks English now.
    expect(screen.getByRole("tab", { name: /^Check/, hidden: true })).toBeTruthy();

    await userEvent.selectOptions(english, "auto");
    dialog = await screen.findByRole("dialog", { name: "Instellingen" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Sluiten" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByRole("tab", { name: /^Controle/ })).toBeTruthy();
  });

  it("has no language switch where the host offers none", async () => {
    await act(async () => {
      render(
        <TaskPane
          host={new FakeHost(functieprofiel())}
          language="nl"
          theme="light"
          loadEngine={loadTestEngine}
        />,
      );
    });
    await screen.findByRole("region", { name: "Profiel" });
    const dialog = await openSettings("Instellingen");
    expect(within(dialog).queryByRole("combobox", { name: "Taal van het taakvenster" })).toBeNull();
  });
});
