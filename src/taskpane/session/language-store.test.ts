import { describe, expect, it } from "@jest/globals";
import { localLanguageStore } from "./language-store";

/** A Web Storage in memory, with a switch that makes it throw as a disabled storage does. */
function memoryStorage(options: { broken?: boolean } = {}): Storage {
  const items = new Map<string, string>();
  const guard = () => {
    if (options.broken) throw new DOMException("The operation is insecure.", "SecurityError");
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => (guard(), items.get(key) ?? null),
    setItem: (key, value) => (guard(), void items.set(key, value)),
    removeItem: (key) => (guard(), void items.delete(key)),
  };
}

describe("the language chosen under Instellingen", () => {
  it("is kept for the next start, and automatic again forgets it", () => {
    const storage = memoryStorage();
    expect(localLanguageStore(storage).read()).toBeNull();
    localLanguageStore(storage).write("en");
    expect(localLanguageStore(storage).read()).toBe("en");
    localLanguageStore(storage).write(null);
    expect(localLanguageStore(storage).read()).toBeNull();
  });

  it("ignores a stored value that is no language it knows", () => {
    const storage = memoryStorage();
    storage.setItem("profielwijzer.language.v1", "fr");
    expect(localLanguageStore(storage).read()).toBeNull();
  });

  it("follows Office when there is no storage or it refuses", () => {
    expect(localLanguageStore(null).read()).toBeNull();
    const broken = localLanguageStore(memoryStorage({ broken: true }));
    expect(() => broken.write("en")).not.toThrow();
    expect(broken.read()).toBeNull();
  });
});
