/** @jest-environment jsdom */
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../../core/findings/schema";
import type { DocumentSnapshot } from "../../../core/snapshot/schema";
import { functieprofiel } from "../../../../test/helpers/profiles";
import { seed000 } from "../../../../test/helpers/seed-snapshots";
import { p } from "../../../../test/helpers/snapshot";
import { engine, type Engine } from "../../session/engine";
import { axeViolations } from "../../testing/axe";
import { FakeHost } from "../../testing/fake-host";
import { renderPane } from "../../testing/render";
import { CheckPane } from "./CheckPane";

// Whole panes with two dozen findings, driven through user-event: slower than a unit test.
jest.setTimeout(30_000);
afterEach(cleanup);

const item = (text: string | RegExp) => {
  const found = screen
    .getAllByRole("listitem")
    .filter((element) => element.hasAttribute("data-finding"))
    .find((element) =>
      typeof text === "string" ? element.textContent?.includes(text) : text.test(element.textContent ?? ""),
    );
  if (!found) throw new Error(`no finding with ${String(text)}`);
  return within(found);
};

const letter: DocumentSnapshot = {
  source: { kind: "memory", name: "brief" },
  blocks: [
    p("Bakkerij De Korenschoof"),
    p("Aan de heer J. de Vries"),
    p("Betreft: uw bestelling van 3 maart"),
    p("Geachte heer De Vries,"),
    p("Hierbij bevestigen wij uw bestelling. De levering volgt binnen twee weken."),
    p("Met vriendelijke groet,"),
  ],
};

describe("CheckPane", () => {
  it("groups the findings by severity with their counts, and by section within a group", async () => {
    await renderPane(<CheckPane />, new FakeHost(seed000()));
    const errors = screen.getByRole("button", { name: /^Fouten\s*\d+$/ });
    expect(errors.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("button", { name: /^Waarschuwingen\s*3$/ })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 4, name: "Kop" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 4, name: "Resultaatgebieden" })).toBeTruthy();

    await userEvent.click(errors);
    expect(errors.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("heading", { level: 4, name: /^Kop/ })).toBeNull();
  });

  it("goes to the place a finding is about", async () => {
    const host = new FakeHost(seed000());
    await renderPane(<CheckPane />, host);
    await userEvent.click(item("in 'Datum'").getByRole("button", { name: "Ga naar" }));
    expect(host.revealed).toEqual([{ start: 81, end: 81, chars: { start: 7, end: 10 } }]);
  });

  it("asks for the text of a placeholder with the fix's prompt, replaces it, and the finding is gone", async () => {
    const host = new FakeHost(seed000());
    await renderPane(<CheckPane />, host);
    const user = userEvent.setup();
    await user.click(item("in 'Datum'").getByRole("button", { name: "Herstel" }));

    const field = screen.getByRole("textbox", { name: "Datum van vaststelling" });
    expect(document.activeElement).toBe(field);
    await user.click(screen.getByRole("button", { name: "Vervangen" }));
    expect(screen.getByText("Vul de tekst in die in de plaats van de invultekst komt.")).toBeTruthy();
    expect(host.applied).toHaveLength(0);

    await user.type(field, "3 maart 2026{Enter}");
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.snapshot.blocks[81]!.text).toBe("Datum: 3 maart 2026");
    await waitFor(() => expect(screen.queryByText(/in 'Datum'/)).toBeNull());
  });

  it("closes the placeholder form with Escape and puts focus back on Herstel", async () => {
    await renderPane(<CheckPane />, new FakeHost(seed000()));
    const user = userEvent.setup();
    const fix = item("in 'Datum'").getByRole("button", { name: "Herstel" });
    await user.click(fix);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("textbox", { name: "Datum van vaststelling" })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Herstel"));
  });

  it("shows a plan's warnings before applying it, and applies it only when the user confirms", async () => {
    const snapshot = seed000();
    // A finding whose fix is a plan with a warning: a seventh competency over the template's five.
    const withWarning: Engine = {
      ...engine,
      analyse(input, options) {
        const result = engine.analyse(input, options);
        const template = result.value.template!;
        const competency = engine.builtIn.library.competencies.find((entry) => entry.id === "samenwerken")!;
        const plan = engine.composeCompetency(result.value.profile, input, template, engine.builtIn.library, {
          competency,
          level: "4",
          behaviours: competency.levels["4"].slice(0, 3),
        })!;
        const finding: Finding = {
          id: "test:plan-with-warning",
          rule: "test-rule",
          severity: "info",
          message: { nl: "Voeg Samenwerken toe.", en: "Add Samenwerken." },
          section: "competenties",
          location: { start: 106, end: 106 },
          text: "",
          fix: { kind: "plan", title: plan.title, safe: false, plan },
        };
        if (
          !options.ignored?.some((ignore) => ignore.id === finding.id) &&
          input.blocks.every((block) => !block.text.startsWith("Samenwerken"))
        )
          result.value.findings.push(finding);
        return result;
      },
    };
    const host = new FakeHost(snapshot);
    await renderPane(<CheckPane />, host, { loadEngine: () => Promise.resolve(withWarning) });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /^Ter informatie/ }));
    await user.click(item("Voeg Samenwerken toe.").getByRole("button", { name: "Herstel" }));

    expect(
      screen.getByText("Hiermee heeft het profiel 7 competenties; het sjabloon adviseert er hoogstens 5."),
    ).toBeTruthy();
    expect(host.applied).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Toch herstellen" }));
    await waitFor(() => expect(host.applied.map((plan) => plan.id)).toEqual(["competency:samenwerken:4"]));
  });

  it("hides an ignored finding and brings it back from the list of ignored findings", async () => {
    const host = new FakeHost(seed000());
    await renderPane(<CheckPane />, host);
    const user = userEvent.setup();
    await user.click(item("Neem op deze plaats").getByRole("button", { name: "Negeer" }));
    // Nothing is set aside before the reviewer says why.
    expect(host.ignored).toHaveLength(0);
    await user.click(item("Neem op deze plaats").getByRole("radio", { name: "Bewust afwijkend" }));
    await user.type(
      item("Neem op deze plaats").getByRole("textbox", { name: /Toelichting/ }),
      "Staat zo in de cao.",
    );
    await user.click(item("Neem op deze plaats").getByRole("button", { name: "Negeren" }));
    await waitFor(() => expect(screen.getByRole("button", { name: /^Waarschuwingen\s*2$/ })).toBeTruthy());
    expect(host.ignored).toMatchObject([{ reason: "bewust-afwijkend", note: "Staat zo in de cao." }]);

    const show = screen.getByRole("button", { name: "Genegeerde bevindingen tonen (1)" });
    expect(show.getAttribute("aria-expanded")).toBe("false");
    await user.click(show);
    // The reason stays with the finding, for whoever reviews the profile next.
    expect(
      item("Neem op deze plaats").getByText(
        /^Genegeerd: bewust afwijkend: Staat zo in de cao\. \(\d+ \w+ \d{4}\)$/,
      ),
    ).toBeTruthy();
    await user.click(item("Neem op deze plaats").getByRole("button", { name: "Terugzetten" }));
    await waitFor(() => expect(screen.getByRole("button", { name: /^Waarschuwingen\s*3$/ })).toBeTruthy());
    expect(host.ignored).toEqual([]);
    expect(screen.queryByRole("button", { name: /Genegeerde bevindingen/ })).toBeNull();
  });

  it("adds the findings as comments through the host", async () => {
    const host = new FakeHost(seed000());
    const { session } = await renderPane(<CheckPane />, host);
    await userEvent.click(screen.getByRole("button", { name: "Bevindingen als opmerkingen" }));
    await waitFor(() => expect(host.commented).toHaveLength(1));
    expect(host.commented[0]!.findings).toHaveLength(session.current!.analysis!.findings.length);
    expect(host.commented[0]!.language).toBe("nl");
  });

  it("copies the checklist, and offers it in a selected text area when the clipboard refuses", async () => {
    await renderPane(<CheckPane />, new FakeHost(seed000()));
    const user = userEvent.setup();
    const written: string[] = [];
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    await user.click(screen.getByRole("button", { name: "Checklist kopiëren" }));
    expect(written[0]).toMatch(/^Profielwijzer – checklist\nProfiel: Key accountmanager\n/);
    expect(screen.getByText("De checklist staat op het klembord.")).toBeTruthy();

    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error("NotAllowedError")) },
    });
    await user.click(screen.getByRole("button", { name: "Checklist kopiëren" }));
    const area = screen.getByRole("textbox", { name: "Checklist" }) as HTMLTextAreaElement;
    expect(area.value).toBe(written[0]);
    expect(area.readOnly).toBe(true);
    expect(document.activeElement).toBe(area);
  });

  it("says a profile without errors is complete according to its template, about its form only", async () => {
    await renderPane(<CheckPane />, new FakeHost(functieprofiel()));
    expect(screen.getByRole("heading", { name: "Compleet volgens sjabloon" })).toBeTruthy();
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
  });

  it("offers the template skeleton for an empty document and inserts it", async () => {
    const host = new FakeHost({ source: { kind: "memory", name: "leeg" }, blocks: [p("")] });
    await renderPane(<CheckPane />, host);
    expect(screen.getByRole("heading", { name: "Dit document is leeg" })).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Sjabloon" }), "resultaatprofiel");
    await userEvent.click(screen.getByRole("button", { name: "Sjabloon invoegen" }));
    await waitFor(() => expect(host.applied.map((plan) => plan.id)).toEqual(["skeleton:resultaatprofiel"]));
    await waitFor(() => expect(screen.queryByRole("heading", { name: "Dit document is leeg" })).toBeNull());
  });

  it("asks which template to use for a document no template matches", async () => {
    const { session } = await renderPane(<CheckPane />, new FakeHost(letter));
    expect(screen.getByRole("heading", { name: "Dit lijkt geen functieprofiel" })).toBeTruthy();
    // The closest template by its name, with what its score measures (never "zekerheid" or an id).
    expect(
      screen.getByText(
        /^Geen sjabloon past goed genoeg\. Lijkt het meest op .+ \(\d+% van de kenmerken gevonden\)\. Kies een sjabloon/,
      ),
    ).toBeTruthy();
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Controleren met sjabloon" }),
      "functieprofiel",
    );
    await waitFor(() => expect(session.current!.analysis!.template?.id).toBe("functieprofiel"));
    expect(screen.queryByRole("heading", { name: "Dit lijkt geen functieprofiel" })).toBeNull();
    expect(screen.getAllByText(/Het onderdeel '.+' ontbreekt/).length).toBeGreaterThan(0);
  });

  it("shows what the reader said about the document apart from the findings", async () => {
    const host = new FakeHost(functieprofiel());
    host.readMessages = [
      {
        severity: "warning",
        code: "text-box-skipped",
        text: { nl: "Een tekstvak is overgeslagen.", en: "A text box was skipped." },
      },
    ];
    await renderPane(<CheckPane />, host);
    const notes = screen.getByRole("region", { name: "Meldingen bij het lezen" });
    expect(within(notes).getByText("Een tekstvak is overgeslagen.")).toBeTruthy();
  });

  it("has no accessibility violations that axe can find", async () => {
    const { container } = await renderPane(<CheckPane />, new FakeHost(seed000()));
    await expect(axeViolations(container)).resolves.toEqual([]);
  });
});
