import { h, li, p, snapshot, table } from "../../../test/helpers/snapshot";
import { type AnchorRoute, piecesOf, planAnchorRoutes } from "./anchor-routes";

const route = (routes: AnchorRoute[], target: number) => routes.find((item) => item.target === target)!;
const guarded = (item: AnchorRoute) => Object.fromEntries(item.guards);

describe("routes to anchor paragraphs", () => {
  const doc = snapshot(
    h(1, "Taken"),
    li("xxx"),
    li("xxx"),
    p(""),
    li("xxx"),
    h(1, "Resultaatindicatoren"),
    ...table([["1.\tJaarplan", "xxx"]], 0),
  );

  it("walks from an anchor with unique text forward to the next unique paragraph, checking its neighbours", () => {
    const item = route(planAnchorRoutes(doc, [5]), 5);
    expect(item).toMatchObject({ start: 5, from: { kind: "text", text: "Resultaatindicatoren" }, end: 6 });
    // The end must still hold its text; the neighbour before, its own.
    expect(guarded(item)).toEqual({ 4: ["xxx"], 6: ["1.\tJaarplan"] });
  });

  it("walks to a repeated or empty paragraph from the unique paragraph before it on to the one after it", () => {
    const routes = planAnchorRoutes(doc, [2, 3]);
    for (const target of [2, 3]) {
      expect(route(routes, target)).toMatchObject({
        start: 0,
        from: { kind: "text", text: "Taken" },
        end: 5,
      });
      expect(guarded(route(routes, target))).toEqual({
        1: ["xxx"],
        2: ["xxx"],
        4: ["xxx"],
        5: ["Resultaatindicatoren"],
      });
    }
  });

  it("starts at the first paragraph when nothing before the anchor is unique", () => {
    const item = route(planAnchorRoutes(snapshot(p(""), li("xxx"), li("xxx"), p("Taken")), [1]), 1);
    expect(item).toMatchObject({ start: 0, from: { kind: "first" }, end: 3 });
    expect(guarded(item)).toEqual({ 1: ["xxx"], 2: ["xxx"], 3: ["Taken"] });
  });

  it("starts at the last paragraph and walks back when nothing after the anchor is unique", () => {
    const item = route(planAnchorRoutes(doc, [7]), 7);
    expect(item).toMatchObject({ start: 7, from: { kind: "last" }, end: 6 });
    expect(guarded(item)).toEqual({ 6: ["1.\tJaarplan"], 7: ["xxx"] });
  });

  it("walks from the nearer end of a document without any unique text", () => {
    const empty = snapshot(p(""), p(""), p(""));
    expect(planAnchorRoutes(empty, [0, 2])).toEqual([
      { target: 0, start: 2, from: { kind: "last" }, end: 0, guards: new Map() },
      { target: 2, start: 2, from: { kind: "last" }, end: 2, guards: new Map() },
    ]);
  });

  it("uses a unique part of a long paragraph, within Word's 255 search characters", () => {
    const shared = "Draagt zorg voor de kwaliteit van de dienstverlening ".repeat(5);
    const long = snapshot(p(shared + "aan interne klanten."), p(shared + "aan externe klanten."), p("Einde"));
    const item = route(planAnchorRoutes(long, [1]), 1);
    const from = item.from as { kind: "text"; text: string };
    expect(item.start).toBe(1);
    expect(from.text.length).toBeLessThanOrEqual(255);
    expect(from.text).toContain("externe");
    expect(piecesOf(shared + "aan externe klanten.")).toHaveLength(2);
  });

  it("counts escaped characters against the search limit", () => {
    const carets = "^".repeat(200);
    const [head, tail] = piecesOf(carets);
    expect(head).toHaveLength(127);
    expect(tail).toHaveLength(127);
  });
});
