/** @jest-environment jsdom */
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Location } from "../../core/common";
import { b, li, p, snapshot, table } from "../../../test/helpers/snapshot";
import type { DocumentComment } from "../../hosts/docx/docx-host";
import { DocumentView } from "./DocumentView";

afterEach(cleanup);

const document = {
  ...snapshot(
    b("Kenmerken van de functie"),
    p("Direct leidinggevende\t:\t(“naam direct leidinggevende”)."),
    li("bewaken van de kwaliteit"),
    table(
      [
        ["Resultaatgebieden", "Taken"],
        ["1.\tJaarplan", "-\txxx."],
      ],
      0,
    ),
  ),
  source: { kind: "docx" as const, name: "profiel.docx" },
};

function renderView(
  props: {
    revealed?: Location | null;
    inserted?: Location[];
    onSelect?: (location: Location) => void;
    comments?: DocumentComment[];
  } = {},
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <DocumentView
        snapshot={document}
        comments={props.comments}
        revealed={props.revealed ?? null}
        inserted={props.inserted ?? []}
        onSelect={props.onSelect ?? (() => undefined)}
      />
    </FluentProvider>,
  );
}

describe("DocumentView", () => {
  it("shows the document's paragraphs and tables as text, in a region named after the file", () => {
    renderView();
    const region = screen.getByRole("region", { name: "Document: profiel.docx" });
    expect(within(region).getByText("Kenmerken van de functie")).toBeTruthy();
    expect(within(region).getByText("bewaken van de kwaliteit")).toBeTruthy();
    const cells = within(region)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells).toEqual(["Resultaatgebieden", "Taken", "1.\tJaarplan", "-\txxx."]);
  });

  it("marks the paragraphs Ga naar points at, and only those", () => {
    renderView({ revealed: { start: 1, end: 1 } });
    const marked = [...window.document.querySelectorAll("[data-revealed]")].map(
      (element) => element.textContent,
    );
    expect(marked).toEqual(["Direct leidinggevende\t:\t(“naam direct leidinggevende”)."]);
  });

  it("tells which paragraph the user clicked, by its block index", async () => {
    const onSelect = jest.fn();
    renderView({ onSelect });
    await userEvent.click(screen.getByText("1. Jaarplan"));
    expect(onSelect).toHaveBeenCalledWith({ start: 5, end: 5 });
  });

  it("never turns document text into markup", () => {
    const hostile = { ...document, blocks: [p("<img src=x onerror=alert(1)> <b>vet</b>")] };
    render(
      <FluentProvider theme={webLightTheme}>
        <DocumentView snapshot={hostile} revealed={null} inserted={[]} onSelect={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.getByText("<img src=x onerror=alert(1)> <b>vet</b>")).toBeTruthy();
    expect(window.document.querySelector("img, b")).toBeNull();
  });

  it("shows each comment as a note right after the last paragraph it is about, with its author", () => {
    renderView({
      comments: [
        {
          author: "Profielwijzer",
          text: "Nog niet ingevuld.\nControle: placeholder (Profielwijzer #1a)",
          location: { start: 1, end: 1 },
        },
        { author: "Jan de Vries", text: "Klopt dit?", location: { start: 5, end: 6 } },
        { author: null, text: "Zonder plek", location: null },
      ],
    });
    const notes = screen.getAllByRole("note");
    expect(notes.map((note) => note.getAttribute("aria-label"))).toEqual([
      "Opmerking van Profielwijzer",
      "Opmerking van Jan de Vries",
    ]);
    expect(notes[0]!.textContent).toBe(
      "ProfielwijzerNog niet ingevuld.\nControle: placeholder (Profielwijzer #1a)",
    );
    // The note follows its paragraph: the first comes right after the leidinggevende line.
    expect(notes[0]!.previousElementSibling?.textContent).toBe(
      "Direct leidinggevende\t:\t(“naam direct leidinggevende”).",
    );
    // In a table, the note stays in the cell of the comment's last paragraph.
    expect(notes[1]!.closest("td")?.textContent).toContain("-\txxx.");
  });
});
