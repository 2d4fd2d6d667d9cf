import { documentNameFromUrl, createOfficeWordEnvironment } from "./office-environment";

/** Stand-ins for the globals office.js defines; only the members the environment touches. */
function installOffice(options: { saveError?: { name: string; message: string } } = {}) {
  const added: { type: string; handler: () => void }[] = [];
  const removed: { type: string; handler: () => void }[] = [];
  const values = new Map<string, unknown>();
  const office = {
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) => set === "WordApi" && version === "1.3",
      },
      document: {
        url: "https://contoso.sharepoint.com/sites/HR/Gedeelde%20documenten/Accountmanager%20II.docx?web=1",
        settings: {
          get: (key: string) => values.get(key) ?? null,
          set: (key: string, value: unknown) => values.set(key, value),
          saveAsync: (
            callback: (result: { status: string; error?: { name: string; message: string } }) => void,
          ) =>
            callback(
              options.saveError ? { status: "failed", error: options.saveError } : { status: "succeeded" },
            ),
        },
        addHandlerAsync: (type: string, handler: () => void) => added.push({ type, handler }),
        removeHandlerAsync: (type: string, options: { handler: () => void }) =>
          removed.push({ type, handler: options.handler }),
      },
    },
  };
  const word = { run: <T>(batch: (context: unknown) => Promise<T>) => batch("context") };
  Object.assign(globalThis, { Office: office, Word: word });
  return { added, removed, values };
}

afterEach(() => {
  const globals = globalThis as Record<string, unknown>;
  delete globals.Office;
  delete globals.Word;
});

describe("the environment built from office.js", () => {
  it("passes Word.run and the requirement-set check through", async () => {
    installOffice();
    const env = createOfficeWordEnvironment();
    expect(await env.run(async (context) => context as unknown)).toBe("context");
    expect(env.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(env.isSetSupported("WordApi", "1.4")).toBe(false);
  });

  it("names the document after the file at the end of its URL", () => {
    installOffice();
    expect(createOfficeWordEnvironment().documentName?.()).toBe("Accountmanager II.docx");
    expect(documentNameFromUrl("C:\\Profielen\\functieprofiel.docx")).toBe("functieprofiel.docx");
    expect(documentNameFromUrl("")).toBeNull();
  });

  it("saves Office settings through saveAsync and reports a refusal as read-only", async () => {
    const office = installOffice();
    const env = createOfficeWordEnvironment();
    env.legacySettings?.set("sleutel", "waarde");
    await expect(env.legacySettings?.save()).resolves.toBeUndefined();
    expect(office.values.get("sleutel")).toBe("waarde");

    installOffice({ saveError: { name: "Permission Denied", message: "The document is read-only." } });
    await expect(createOfficeWordEnvironment().legacySettings?.save()).rejects.toMatchObject({
      code: "AccessDenied",
    });
  });

  it("registers and removes the selection handler with Office", () => {
    const office = installOffice();
    const handler = () => undefined;
    const remove = createOfficeWordEnvironment().addSelectionHandler?.(handler);
    expect(office.added).toEqual([{ type: "documentSelectionChanged", handler }]);
    remove?.();
    expect(office.removed).toEqual([{ type: "documentSelectionChanged", handler }]);
  });
});
