import type { WordEnvironment } from "../../../src/hosts/word/environment";
import { FakeRequestContext, type FakeBatchHost, type FakeSyncRecord, type FakeWrite } from "./context";
import { accessDenied } from "./errors";
import { type FakeDocumentModel, textOf } from "./model";
import { FakeDocumentProxy } from "./proxies";
import { buildFakeDocument, createFakeParagraph, type FakeParagraphSpec } from "./spec";

export interface FakeWordOptions {
  /** Highest WordApi requirement set the fake Word supports; default "1.4". */
  apiVersion?: string;
  /** A read-only or protected document: every write fails with AccessDenied. */
  readOnly?: boolean;
  /** The document name the environment reports. */
  name?: string | null;
  /** Initial contents of `Office.context.document.settings` (the pre-1.4 fallback). */
  legacySettings?: Record<string, unknown>;
  /** Whether the environment offers selection-changed events; default true. */
  selectionEvents?: boolean;
}

/** The `Office.context.document.settings` stand-in: values in memory, `save()` like `saveAsync`. */
export class FakeLegacySettings {
  readonly values = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  saveCount = 0;

  constructor(
    initial: Record<string, unknown>,
    private readonly isReadOnly: () => boolean,
  ) {
    for (const [key, value] of Object.entries(initial)) {
      this.values.set(key, value);
      this.saved.set(key, value);
    }
  }

  get(key: string): unknown {
    return this.values.has(key) ? this.values.get(key) : null;
  }

  set(key: string, value: unknown): void {
    this.values.set(key, value);
  }

  async save(): Promise<void> {
    if (this.isReadOnly()) throw accessDenied("Settings.saveAsync");
    this.saveCount += 1;
    this.saved = new Map(this.values);
  }
}

type DocumentChange = (document: FakeDocumentModel) => void;

/** A fake Word: a document, `Word.run`, requirement sets, settings and selection events. */
export class FakeWord implements FakeBatchHost {
  readonly document: FakeDocumentModel;
  readonly legacySettings: FakeLegacySettings;
  readOnly: boolean;
  syncCount = 0;
  runCount = 0;
  readonly syncLog: FakeSyncRecord[] = [];
  readonly writes: FakeWrite[] = [];
  private apiVersion: string;
  private readonly name: string | null;
  private readonly selectionEvents: boolean;
  private readonly handlers = new Set<() => void>();
  private readonly runChanges: DocumentChange[] = [];
  private readonly syncChanges = new Map<number, DocumentChange[]>();

  constructor(paragraphs: FakeParagraphSpec[], options: FakeWordOptions = {}) {
    this.document = buildFakeDocument(paragraphs);
    this.readOnly = options.readOnly ?? false;
    this.apiVersion = options.apiVersion ?? "1.4";
    this.name = options.name === undefined ? "functieprofiel.docx" : options.name;
    this.selectionEvents = options.selectionEvents ?? true;
    this.legacySettings = new FakeLegacySettings(options.legacySettings ?? {}, () => this.readOnly);
  }

  /** `Word.run`: a fresh context per call; pending actions are synced when the batch ends. */
  readonly run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    this.runCount += 1;
    for (const change of this.runChanges.splice(0)) change(this.document);
    const context = new FakeWordContext(this, this.runCount);
    try {
      const result = await batch(context as unknown as Word.RequestContext);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  readonly isSetSupported = (set: string, version: string): boolean =>
    set === "WordApi" && compareVersions(version, this.apiVersion) <= 0;

  supports(version: string): boolean {
    return compareVersions(version, this.apiVersion) <= 0;
  }

  setApiVersion(version: string): void {
    this.apiVersion = version;
  }

  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
  }

  recordWrite(write: FakeWrite): void {
    this.writes.push(write);
  }

  recordSync(record: FakeSyncRecord): void {
    this.syncLog.push(record);
  }

  beforeSync(): void {
    this.syncCount += 1;
    for (const change of this.syncChanges.get(this.syncCount) ?? []) change(this.document);
    this.syncChanges.delete(this.syncCount);
  }

  /** Changes the document before the next `Word.run` starts, as a user typing between two calls. */
  changeBeforeNextRun(change: DocumentChange): void {
    this.runChanges.push(change);
  }

  /** Changes the document just before sync number `syncNumber` (counted like `syncCount`) runs. */
  changeBeforeSync(syncNumber: number, change: DocumentChange): void {
    this.syncChanges.set(syncNumber, [...(this.syncChanges.get(syncNumber) ?? []), change]);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.runCount = 0;
    this.syncLog.length = 0;
    this.writes.length = 0;
  }

  /** Syncs of run `run` (1-based, as counted by `runCount`). */
  syncsOfRun(run: number): FakeSyncRecord[] {
    return this.syncLog.filter((record) => record.run === run);
  }

  texts(): string[] {
    return this.document.paragraphs.map(textOf);
  }

  // --- test-side edits of the document -----------------------------------------------------------

  editText(index: number, text: string): void {
    const paragraph = this.document.paragraphs[index];
    if (!paragraph) throw new Error(`No paragraph ${index}`);
    paragraph.runs = text ? [{ text, bold: false }] : [];
    this.document.touch();
  }

  insertParagraphs(index: number, specs: FakeParagraphSpec[]): void {
    this.document.insertAt(
      index,
      specs.map((spec) => createFakeParagraph(this.document, spec)),
    );
  }

  removeParagraph(index: number): void {
    this.document.paragraphs.splice(index, 1);
    this.document.touch();
  }

  // --- selection -----------------------------------------------------------------------------------

  readonly addSelectionHandler = (handler: () => void): (() => void) => {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  };

  get selectionHandlerCount(): number {
    return this.handlers.size;
  }

  /** The user selects paragraphs `start`–`end` (optionally characters of them) in Word. */
  selectParagraphs(start: number, end = start, chars?: { start: number; end: number }): void {
    const first = this.document.paragraphs[start];
    const last = this.document.paragraphs[end];
    if (!first || !last) throw new Error(`No paragraphs ${start}–${end}`);
    this.document.selection = {
      start: { para: first, offset: chars?.start ?? 0 },
      end: { para: last, offset: chars?.end ?? textOf(last).length },
    };
  }

  fireSelectionChanged(): void {
    for (const handler of [...this.handlers]) handler();
  }

  /** The selection as paragraph indices (what `reveal` selected). */
  selectedParagraphs(): { start: number; end: number; chars: { start: number; end: number } } | null {
    const selection = this.document.selection;
    if (!selection) return null;
    return {
      start: this.document.indexOf(selection.start.para),
      end: this.document.indexOf(selection.end.para),
      chars: { start: selection.start.offset, end: selection.end.offset },
    };
  }

  /** The environment the adapter needs, wired to this fake. */
  environment(overrides: Partial<WordEnvironment> = {}): WordEnvironment {
    return {
      run: this.run,
      isSetSupported: this.isSetSupported,
      legacySettings: this.legacySettings,
      addSelectionHandler: this.selectionEvents ? this.addSelectionHandler : null,
      documentName: () => this.name,
      selectionDebounceMs: 0,
      ...overrides,
    };
  }
}

class FakeWordContext extends FakeRequestContext {
  readonly document = new FakeDocumentProxy(this);
}

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}

export function createFakeWord(paragraphs: FakeParagraphSpec[], options: FakeWordOptions = {}): FakeWord {
  return new FakeWord(paragraphs, options);
}
