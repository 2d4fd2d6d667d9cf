/** @jest-environment jsdom */
import { describe, expect, it } from "@jest/globals";
import { act, renderHook, waitFor } from "@testing-library/react";
import { rijksprofiel } from "../../../test/helpers/profiles";
import { FakeHost } from "../testing/fake-host";
import { loadTestEngine } from "../testing/render";
import { localTemplateStore, type TemplateStore } from "./template-store";
import { useProfileSession } from "./useProfileSession";

/** An own template that extends the FGR built-in and must win detection on a Rijksoverheid profile. */
const OWN = JSON.stringify({
  extends: "rijksoverheid",
  id: "ministerie-van-voorbeeld",
  version: "2",
  name: { nl: "Ministerie van Voorbeeld", en: "Ministry of Example" },
  detect: { markers: ["Doel van de functie"], threshold: 0.3 },
  sections: [{ id: "doel", headings: ["Opdracht van de functie"] }],
});

async function open(store: TemplateStore) {
  let hook: ReturnType<typeof renderHook<ReturnType<typeof useProfileSession>, unknown>> | undefined;
  const host = new FakeHost(rijksprofiel());
  await act(async () => {
    hook = renderHook(() =>
      useProfileSession(host, {
        language: "nl",
        loadEngine: loadTestEngine,
        templateStore: store,
      }),
    );
  });
  await waitFor(() => expect(hook!.result.current.status.kind).toBe("ready"));
  return hook!;
}

describe("own templates kept in the add-in's storage", () => {
  it("keeps a loaded template for the next document, in detection, until the user resets", async () => {
    localStorage.clear();
    const store = localTemplateStore(localStorage);
    const first = await open(store);
    act(() => {
      expect(first.result.current.loadTemplate(OWN).ok).toBe(true);
    });
    first.unmount();

    const second = await open(store);
    expect(second.result.current.data!.customTemplateIds).toEqual(["ministerie-van-voorbeeld"]);
    const ids = second.result.current.analysis!.profile.template.candidates.map((candidate) => candidate.id);
    expect(ids).toContain("ministerie-van-voorbeeld");
    // It extends the built-in: the built-in's headings are still there, the alias added.
    const own = second.result.current.data!.templates.find(
      (template) => template.id === "ministerie-van-voorbeeld",
    )!;
    expect(own.sections.find((section) => section.id === "doel")!.headings).toEqual(
      expect.arrayContaining(["Doel van de functie", "Opdracht van de functie"]),
    );
    act(() => second.result.current.resetData());
    second.unmount();

    const third = await open(store);
    expect(third.result.current.data!.customTemplateIds).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it("reports a stored template that no longer loads, and uses the others", async () => {
    const store: TemplateStore = { read: () => ["{ kapot", OWN], write: () => undefined };
    const hook = await open(store);
    expect(hook.result.current.data!.customTemplateIds).toEqual(["ministerie-van-voorbeeld"]);
    expect(hook.result.current.notices.map((notice) => notice.text.nl).join(" ")).toMatch(
      /Een bewaard eigen sjabloon kon niet meer worden geladen.*geen geldige JSON/,
    );
  });

  it("says so when the template cannot be kept, and still uses it", async () => {
    const store: TemplateStore = {
      read: () => [],
      write: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const hook = await open(store);
    act(() => {
      expect(hook.result.current.loadTemplate(OWN).ok).toBe(true);
    });
    expect(hook.result.current.data!.customTemplateIds).toEqual(["ministerie-van-voorbeeld"]);
    expect(hook.result.current.notices.at(-1)!.text.nl).toMatch(
      /kon niet worden bewaard voor een volgende keer/,
    );
  });

  it("makes a template of the open document, kept and used for detection, with its JSON to download", async () => {
    localStorage.clear();
    const store = localTemplateStore(localStorage);
    const first = await open(store);
    let made: ReturnType<typeof first.result.current.templateFromDocument> | undefined;
    act(() => {
      made = first.result.current.templateFromDocument();
    });
    expect(made!.ok).toBe(true);
    const template = JSON.parse(made!.json!) as {
      id: string;
      sections: Array<{ id: string; required: boolean }>;
    };
    expect(template.id).toBe("eigen-huisstijl");
    // The Rijksoverheid profile's own sections, each required: the open profile is the house style.
    expect(template.sections.map((section) => section.id)).toEqual(
      expect.arrayContaining(["doel", "resultaatgebieden", "competenties"]),
    );
    expect(template.sections.every((section) => section.required)).toBe(true);
    expect(first.result.current.data!.customTemplateIds).toEqual(["eigen-huisstijl"]);
    expect(first.result.current.analysis!.profile.template.id).toBe("eigen-huisstijl");
    first.unmount();

    const second = await open(store);
    expect(second.result.current.data!.customTemplateIds).toEqual(["eigen-huisstijl"]);
    act(() => second.result.current.resetData());
  });
});
