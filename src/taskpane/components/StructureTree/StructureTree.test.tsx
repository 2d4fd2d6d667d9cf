/** @jest-environment jsdom */
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { seed000, seed001 } from "../../../../test/helpers/seed-snapshots";
import { b, li, p, snapshot } from "../../../../test/helpers/snapshot";
import { axeViolations } from "../../testing/axe";
import { FakeHost } from "../../testing/fake-host";
import { renderPane } from "../../testing/render";
import { StructureTree } from "./StructureTree";

jest.setTimeout(30_000);
afterEach(cleanup);

/**
 * A tree item by the start of its name. Browsers leave a branch's nested group out of its name (as the ARIA
 * naming rules say); jsdom's name computation does not, so a branch's name here goes on with its children.
 */
const node = (name: RegExp | string) => screen.getByRole("treeitem", { name });

describe("StructureTree", () => {
  it("shows the sections, the result areas with task and indicator counts, and the competencies with level", async () => {
    await renderPane(<StructureTree />, new FakeHost(seed000()));
    const tree = screen.getByRole("tree", { name: "Opbouw van het profiel" });
    expect(
      within(tree).getByRole("treeitem", { name: /^Resultaatgebieden\s*5 resultaatgebieden/ }),
    ).toBeTruthy();
    expect(node(/^1\. Jaarplan account\(s\)\s*6 taken · 6 indicatoren$/)).toBeTruthy();
    expect(node(/^4\. Verantwoording resultaten\s*3 taken · 4 indicatoren$/)).toBeTruthy();
    expect(node(/^Ondernemend en commercieel handelen\s*niveau 4\/5 · 2 gedragsvoorbeelden$/)).toBeTruthy();
    expect(node(/^Competenties\s*6 competenties/).getAttribute("aria-expanded")).toBe("true");
    // Deeper levels stay folded until asked for.
    expect(node(/^1\. Jaarplan/).getAttribute("aria-expanded")).toBe("false");
  });

  it("opens a result area into its tasks and indicators", async () => {
    await renderPane(<StructureTree />, new FakeHost(seed000()));
    const user = userEvent.setup();
    await user.click(node(/^2\. Accountmanagement/));
    expect(node(/^2\. Accountmanagement/).getAttribute("aria-expanded")).toBe("true");
    await user.click(node(/^Taken\s*7/));
    // The unfinished task says so before its text.
    const unfinished = screen.getAllByRole("treeitem", { name: /^Nog in te vullen\s*xxx\.?$/ });
    expect(unfinished.map((item) => item.getAttribute("aria-level"))).toContain("4");
  });

  it("goes to the place of the part the user chooses, by mouse or by keyboard", async () => {
    const host = new FakeHost(seed000());
    await renderPane(<StructureTree />, host);
    const user = userEvent.setup();
    await user.click(node(/^Relaties bouwen en netwerken/));
    const relaties = host.revealed.at(-1)!;
    expect(host.snapshot.blocks[relaties.start]!.text).toBe("Relaties bouwen en netwerken (5):");

    node(/^Kenmerken van de functie/).focus();
    await user.keyboard("{Enter}");
    expect(host.snapshot.blocks[host.revealed.at(-1)!.start]!.text).toBe("Kenmerken van de functie");
  });

  it("marks the part where the user's selection is, opening the branches above it", async () => {
    const host = new FakeHost(seed000());
    const { session } = await renderPane(<StructureTree />, host);
    const behaviour = session.current!.analysis!.profile.competencies[0]!.behaviours[1]!;
    act(() => host.select({ start: behaviour.range.start, end: behaviour.range.start }));

    const current = await waitFor(() => {
      const marked = screen
        .getAllByRole("treeitem")
        .filter((item) => item.getAttribute("aria-current") === "location");
      expect(marked).toHaveLength(1);
      return marked[0]!;
    });
    expect(current.textContent).toBe(behaviour.text);
    expect(node(/^Aansturen/).getAttribute("aria-expanded")).toBe("true");
  });

  it("shows a result profile's level table rows with the function's own column", async () => {
    await renderPane(<StructureTree />, new FakeHost(seed001()));
    expect(node(/^Niveau-onderscheidende kenmerken\s*6 kenmerken/)).toBeTruthy();
    expect(node(/^Functiegroep\s*8 \(referentie\)$/)).toBeTruthy();
    expect(node(/^Marktverkenning en accountplannen\s*\d+ indicatoren$/)).toBeTruthy();
  });

  it.each([
    ["nl", ["1 resultaatgebied", "1 taak · 1 indicator", "1 competentie", "niveau 3 · 1 gedragsvoorbeeld"]],
    ["en", ["1 result area", "1 task · 1 indicator", "1 competency", "level 3 · 1 behaviour example"]],
  ] as const)("counts one of a kind in the singular (%s)", async (language, counts) => {
    const single = snapshot(
      b("Resultaatgebieden"),
      b("1. Jaarplan"),
      p("Taken:"),
      li("stelt het jaarplan op"),
      p("Resultaatindicatoren:"),
      li("het jaarplan is tijdig vastgesteld"),
      b("Competenties en gedragsvoorbeelden"),
      p("Samenwerken (3):"),
      li("deelt kennis met collega's"),
    );
    const { session } = await renderPane(<StructureTree />, new FakeHost(single), { language });
    act(() => session.current!.chooseTemplate("functieprofiel"));
    const tree = screen.getByRole("tree");
    for (const section of within(tree).getAllByRole("treeitem", { expanded: false }))
      if (section.getAttribute("aria-level") === "1") await userEvent.click(section);
    for (const count of counts) expect(within(tree).getAllByText(count, { exact: false }).length).toBe(1);
    expect(tree.textContent).not.toMatch(
      /\b1 (resultaatgebieden|taken|indicatoren|competenties|gedragsvoorbeelden)\b/,
    );
  });

  it("has no accessibility violations that axe can find", async () => {
    const { container } = await renderPane(<StructureTree />, new FakeHost(seed000()));
    await expect(axeViolations(container)).resolves.toEqual([]);
  });
});
