/** @jest-environment jsdom */
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { functieprofiel, resultaatprofiel } from "../../../../test/helpers/profiles";
import { seed000 } from "../../../../test/helpers/seed-snapshots";
import { engine } from "../../session/engine";
import { axeViolations } from "../../testing/axe";
import { FakeHost } from "../../testing/fake-host";
import { renderPane } from "../../testing/render";
import { InsertPane } from "./InsertPane";

jest.setTimeout(30_000);
afterEach(cleanup);

const open = async (name: string | RegExp) => {
  const button = screen.getByRole("button", { name });
  if (button.getAttribute("aria-expanded") === "false") await userEvent.click(button);
};

describe("InsertPane: missing sections", () => {
  it("lists the template's missing sections with a preview, and inserts one so it is no longer missing", async () => {
    const host = new FakeHost(functieprofiel({ conditions: null }));
    await renderPane(<InsertPane />, host);
    const user = userEvent.setup();
    expect(
      screen.getByRole("button", { name: /^Ontbrekende onderdelen\s*1$/ }).getAttribute("aria-expanded"),
    ).toBe("true");
    const card = screen.getByRole("heading", { level: 4, name: /^Bezwarende omstandigheden/ }).closest("li")!;
    await user.click(within(card).getByRole("button", { name: "Voorbeeld tonen" }));
    const preview = within(card).getByRole("list", { name: /^Wat wordt ingevoegd/ });
    expect(within(preview).getByText("Bezwarende omstandigheden")).toBeTruthy();

    await user.click(within(card).getByRole("button", { name: "Invoegen: Bezwarende omstandigheden" }));
    await waitFor(() =>
      expect(host.applied.map((plan) => plan.id)).toEqual([
        "section:functieprofiel:bezwarende-omstandigheden",
      ]),
    );
    await open(/^Ontbrekende onderdelen/);
    await screen.findByText("Alle onderdelen van het sjabloon staan in het document.");
  });
});

describe("InsertPane: new result area", () => {
  it("asks for a title, then adds the area with its tasks and indicators after the last one", async () => {
    const host = new FakeHost(functieprofiel());
    const { session } = await renderPane(<InsertPane />, host);
    const user = userEvent.setup();
    await open("Nieuw resultaatgebied");
    await user.click(screen.getByRole("button", { name: "Resultaatgebied toevoegen" }));
    expect(screen.getByText("Geef het resultaatgebied een titel.")).toBeTruthy();
    expect(host.applied).toHaveLength(0);

    await user.type(
      screen.getByRole("textbox", { name: /^Titel van het resultaatgebied/ }),
      "Kwaliteitszorg",
    );
    await user.type(
      screen.getByRole("textbox", { name: "Taken" }),
      "- bewaken van de kwaliteit\nrapporteren over afwijkingen",
    );
    await user.type(screen.getByRole("textbox", { name: "Resultaatindicatoren" }), "aantal klachten");
    await user.click(screen.getByRole("button", { name: "Resultaatgebied toevoegen" }));

    await waitFor(() => expect(host.applied).toHaveLength(1));
    const areas = session.current!.analysis!.profile.resultAreas;
    const added = areas[areas.length - 1]!;
    expect(added.title).toBe("Kwaliteitszorg");
    expect(added.tasks.map((task) => task.text)).toEqual([
      "bewaken van de kwaliteit",
      "rapporteren over afwijkingen",
    ]);
    expect(added.indicators.map((indicator) => indicator.text)).toEqual(["aantal klachten"]);
    expect(
      (screen.getByRole("textbox", { name: /^Titel van het resultaatgebied/ }) as HTMLInputElement).value,
    ).toBe("");
  });

  it("asks a result profile for a description and no tasks", async () => {
    await renderPane(<InsertPane />, new FakeHost(resultaatprofiel()));
    await open("Nieuw resultaatgebied");
    expect(screen.getByRole("textbox", { name: "Beschrijving van het resultaat" })).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Taken" })).toBeNull();
  });
});

describe("InsertPane: competencies from the library", () => {
  it("finds a competency by one of its other names and narrows the list by cluster", async () => {
    await renderPane(<InsertPane />, new FakeHost(functieprofiel()));
    const user = userEvent.setup();
    const all = screen.getAllByRole("radio").length;
    expect(all).toBe(engine.builtIn.library.competencies.length);

    await user.type(screen.getByRole("searchbox", { name: "Zoek competentie" }), "leiding geven");
    expect(screen.getByRole("radio", { name: /^Aansturen/ })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toMatch(
      /^\d+ competenties? gevonden$|^1 competentie gevonden$/,
    );

    await user.clear(screen.getByRole("searchbox", { name: "Zoek competentie" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Cluster" }), "klant-en-markt");
    const shown = screen.getAllByRole("radio");
    const inCluster = engine.builtIn.library.competencies.filter(
      (competency) => competency.cluster === "klant-en-markt",
    );
    expect(shown.map((radio) => radio.getAttribute("value"))).toEqual(
      inCluster.map((competency) => competency.id),
    );
  });

  it("pre-ticks the level's first three examples, follows the level, and inserts the chosen ones", async () => {
    const host = new FakeHost(functieprofiel());
    const { session } = await renderPane(<InsertPane />, host);
    const user = userEvent.setup();
    await user.type(screen.getByRole("searchbox", { name: "Zoek competentie" }), "Samenwerken");
    await user.click(screen.getByRole("radio", { name: /^Samenwerken/ }));
    const samenwerken = engine.builtIn.library.competencies.find(
      (competency) => competency.id === "samenwerken",
    )!;

    await user.selectOptions(screen.getByRole("combobox", { name: "Niveau" }), "3");
    const group = screen.getByRole("group", { name: "Gedragsvoorbeelden" });
    const boxes = within(group).getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).toEqual(samenwerken.levels["3"].map((_text, index) => index < 3));
    expect(within(group).getByText(`3 van ${samenwerken.levels["3"].length} gekozen.`)).toBeTruthy();

    await user.click(boxes[0]!);
    await user.selectOptions(screen.getByRole("combobox", { name: "Niveau" }), "4/5");
    const rangedGroup = within(screen.getByRole("group", { name: "Gedragsvoorbeelden" }));
    const ranged = rangedGroup.getAllByRole("checkbox");
    // A range takes the higher level's examples, again with the first three ticked.
    expect(ranged).toHaveLength(samenwerken.levels["5"].length);
    samenwerken.levels["5"].forEach((text, index) =>
      expect((rangedGroup.getByRole("checkbox", { name: text }) as HTMLInputElement).checked).toBe(index < 3),
    );
    await user.click(ranged[3]!);

    await user.click(screen.getByRole("button", { name: "Samenwerken invoegen" }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const inserted = session.current!.analysis!.profile.competencies.find(
      (competency) => competency.name === "Samenwerken",
    )!;
    expect(inserted.level).toBe("4/5");
    expect(inserted.behaviours.map((item) => item.text.replace(/[;.]$/, ""))).toEqual(
      samenwerken.levels["5"].slice(0, 4).map((text) => text.replace(/[;.]$/, "")),
    );
  });

  it("warns before inserting a competency over the template's maximum or one that is already there", async () => {
    await renderPane(<InsertPane />, new FakeHost(seed000()));
    const user = userEvent.setup();
    await user.type(screen.getByRole("searchbox", { name: "Zoek competentie" }), "Aansturen");
    await user.click(screen.getByRole("radio", { name: /^Aansturen/ }));
    expect(
      screen.getByText("Hiermee heeft het profiel 7 competenties; het sjabloon adviseert er hoogstens 5."),
    ).toBeTruthy();
    expect(screen.getByText(/Deze competentie staat al in het profiel/)).toBeTruthy();
  });

  it("cannot insert a competency without behaviour examples", async () => {
    await renderPane(<InsertPane />, new FakeHost(functieprofiel()));
    const user = userEvent.setup();
    await user.click(screen.getAllByRole("radio")[0]!);
    for (const box of within(screen.getByRole("group", { name: "Gedragsvoorbeelden" })).getAllByRole(
      "checkbox",
    )) {
      if ((box as HTMLInputElement).checked) await user.click(box);
    }
    expect(screen.getByRole("button", { name: /invoegen$/ }).getAttribute("aria-disabled")).toBe("true");
  });

  it("says a result profile has no competencies", async () => {
    await renderPane(<InsertPane />, new FakeHost(resultaatprofiel()));
    expect(screen.getByText("Het sjabloon Resultaatprofiel heeft geen competenties.")).toBeTruthy();
  });

  it("has no accessibility violations that axe can find with a competency chosen", async () => {
    const { container } = await renderPane(<InsertPane />, new FakeHost(functieprofiel()));
    await userEvent.click(screen.getAllByRole("radio")[2]!);
    await expect(axeViolations(container)).resolves.toEqual([]);
  });
});
