import { createFakeWord } from "../../../test/fakes/word";
import { createWordHost } from "./word-host";

describe("the Word host adapter", () => {
  it("says what it can do on WordApi 1.4", () => {
    const fake = createFakeWord([{ text: "tekst" }]);
    const host = createWordHost(fake.environment());
    expect(host.kind).toBe("word");
    expect(host.capabilities()).toEqual({
      comments: true,
      settings: true,
      selectionEvents: true,
      contentControls: true,
    });
  });

  it("turns off comments on WordApi 1.3 and keeps settings through Office's fallback", () => {
    const fake = createFakeWord([{ text: "tekst" }], { apiVersion: "1.3" });
    expect(createWordHost(fake.environment()).capabilities()).toEqual({
      comments: false,
      settings: true,
      selectionEvents: true,
      contentControls: true,
    });
  });

  it("works with only run and isSetSupported, as the task pane first wires it", async () => {
    const fake = createFakeWord([{ text: "Organisatie" }]);
    const host = createWordHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    expect((await host.read()).value.source).toEqual({ kind: "word", name: null });
    expect(host.capabilities()).toMatchObject({ selectionEvents: false, settings: true });
  });

  it("treats a requirement-set check that throws as unsupported", () => {
    const fake = createFakeWord([{ text: "tekst" }]);
    const host = createWordHost(
      fake.environment({
        isSetSupported: () => {
          throw new Error("Office.context.requirements is undefined");
        },
        legacySettings: null,
      }),
    );
    expect(host.capabilities()).toMatchObject({ comments: false, settings: false, contentControls: false });
  });
});
