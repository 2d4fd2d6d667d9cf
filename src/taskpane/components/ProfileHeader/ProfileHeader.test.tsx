/** @jest-environment jsdom */
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { functieprofiel } from "../../../../test/helpers/profiles";
import { seed000 } from "../../../../test/helpers/seed-snapshots";
import { engine } from "../../session/engine";
import { axeViolations } from "../../testing/axe";
import { FakeHost } from "../../testing/fake-host";
import { renderPane } from "../../testing/render";
import { ProfileHeader } from "./ProfileHeader";

jest.setTimeout(30_000);
afterEach(cleanup);

const jsonFile = (name: string, content: unknown) =>
  new File([typeof content === "string" ? content : JSON.stringify(content)], name, {
    type: "application/json",
  });

describe("ProfileHeader", () => {
  it("shows the function, whether it is complete according to its template, how complete it is and the detected template", async () => {
    await renderPane(<ProfileHeader />, new FakeHost(seed000()));
    const region = screen.getByRole("region", { name: "Profiel" });
    expect(within(region).getByRole("heading", { level: 2, name: "Key accountmanager" })).toBeTruthy();
    expect(within(region).getByText("Nog niet compleet")).toBeTruthy();
    expect(within(region).getByRole("progressbar", { name: "Volledigheid: 77%" })).toBeTruthy();
    const select = within(region).getByRole("combobox", { name: "Sjabloon" }) as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).toBe("Herkend: Functieprofiel");
    // A score, worded as what it measures: never as certainty.
    expect(
      within(region).getByText("Lijkt het meest op Functieprofiel (100% van de kenmerken gevonden)."),
    ).toBeTruthy();
  });

  it("explains the detection: the best templates with their score, sections found and missed", async () => {
    await renderPane(<ProfileHeader />, new FakeHost(seed000()));
    const region = screen.getByRole("region", { name: "Profiel" });
    await userEvent.click(within(region).getByText("Waarom dit sjabloon?"));
    const lines = within(region)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(lines[0]).toMatch(
      /^Functieprofiel \(100% van de kenmerken gevonden\)\. Gevonden: .*Resultaatgebieden/,
    );
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).join(" ")).toMatch(/Ontbreekt: /);
  });

  it("says a finished profile is complete according to its template", async () => {
    await renderPane(<ProfileHeader />, new FakeHost(functieprofiel()));
    expect(screen.getByText("Compleet volgens sjabloon")).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Volledigheid: 100%" })).toBeTruthy();
  });

  it("checks against another template when the user chooses one, and says which was detected", async () => {
    const { session } = await renderPane(<ProfileHeader />, new FakeHost(functieprofiel()));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Sjabloon" }), "resultaatprofiel");
    expect(session.current!.analysis!.template?.id).toBe("resultaatprofiel");
    expect(
      screen.getByText("Zelf gekozen. Lijkt het meest op Functieprofiel (100% van de kenmerken gevonden)."),
    ).toBeTruthy();
    expect(screen.getByText("Nog niet compleet")).toBeTruthy();
  });

  it("reads the document again with Opnieuw controleren", async () => {
    const host = new FakeHost(functieprofiel());
    await renderPane(<ProfileHeader />, host);
    await userEvent.click(screen.getByRole("button", { name: "Opnieuw controleren" }));
    await waitFor(() => expect(host.reads).toBe(2));
  });

  it("shows the library in use and refuses a wrong template file with a message that names the field", async () => {
    await renderPane(<ProfileHeader />, new FakeHost(functieprofiel()));
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Instellingen" }));
    const dialog = await screen.findByRole("dialog", { name: "Instellingen" });
    const library = engine.builtIn.library;
    expect(
      within(dialog).getByText(
        `${library.name.nl}, versie ${library.version}: ${library.competencies.length} competenties (ingebouwd)`,
      ),
    ).toBeTruthy();

    const wrong = { ...engine.builtIn.templates[0], sections: "geen lijst" };
    await user.upload(
      within(dialog).getByLabelText("Eigen sjabloon laden (JSON)"),
      jsonFile("sjabloon.json", wrong),
    );
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toMatch(/^Dit sjabloonbestand klopt niet\. sections: /);
  });

  it("uses an organisation's own library once it is loaded, and goes back to the built-in one", async () => {
    const { session } = await renderPane(<ProfileHeader />, new FakeHost(functieprofiel()));
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Instellingen" }));
    const dialog = await screen.findByRole("dialog");
    const own = {
      ...engine.builtIn.library,
      id: "gemeente-x",
      version: "2.1",
      name: { nl: "Gemeente X", en: "Municipality X" },
    };
    await user.upload(
      within(dialog).getByLabelText("Eigen bibliotheek laden (JSON)"),
      jsonFile("bibliotheek.json", own),
    );
    await within(dialog).findByText("Bibliotheek 'Gemeente X' (versie 2.1) is geladen en wordt gebruikt.");
    expect(session.current!.data!.library.id).toBe("gemeente-x");

    await user.click(within(dialog).getByRole("button", { name: "Standaard herstellen" }));
    expect(session.current!.data!.library.id).toBe(engine.builtIn.library.id);
    await user.click(within(dialog).getByRole("button", { name: "Sluiten" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Instellingen" }));
  });

  it("has no accessibility violations that axe can find", async () => {
    const { container } = await renderPane(<ProfileHeader />, new FakeHost(seed000()));
    await expect(axeViolations(container)).resolves.toEqual([]);
  });
});
