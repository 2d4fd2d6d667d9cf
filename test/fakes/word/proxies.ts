import { FakeClientResult, type FakeRequestContext, type FakeWrite } from "./context";
import { FakeWordError, generalException, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import {
  type FakeCell,
  type FakeComment,
  type FakeContentControl,
  type FakeDocumentModel,
  type FakeList,
  type FakeParagraph,
  type FakePos,
  type FakeRangeModel,
  type FakeTable,
  boldOf,
  builtInForLocalName,
  localStyleName,
  outlineLevelForStyle,
  textOf,
} from "./model";

/**
 * Fake office-js proxy objects: only the members the Word adapter uses, with Word's rules —
 * properties must be `load()`ed and synced before they are read (PropertyNotLoaded otherwise),
 * `…OrNullObject` gives objects with `isNullObject`, and every method call is queued until `sync()`.
 */

type LoadTree = Map<string, LoadTree | null>;
type LoadRequest = LoadTree | "all";
export type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

export function parseLoad(spec: LoadSpec): LoadRequest {
  const paths: string[] = [];
  if (spec === undefined) return "all";
  if (typeof spec === "string") paths.push(...spec.split(","));
  else if (Array.isArray(spec)) paths.push(...spec.flatMap((part) => part.split(",")));
  else paths.push(...(spec.select ?? "").split(","), ...(spec.expand ?? "").split(","));
  const tree: LoadTree = new Map();
  for (const raw of paths) {
    const segments = raw
      .trim()
      .split("/")
      .filter((segment) => segment.length > 0);
    let node = tree;
    segments.forEach((segment, i) => {
      if (i === segments.length - 1) {
        if (!node.has(segment)) node.set(segment, null);
        return;
      }
      let child = node.get(segment);
      if (!child) {
        child = new Map();
        node.set(segment, child);
      }
      node = child;
    });
  }
  return tree.size === 0 ? "all" : tree;
}

const WORD_SEARCH_LIMIT = 255;

abstract class FakeObject<M> {
  private resolution: { model: M | null } | null = null;
  // Created on first use: a 10,000-paragraph document makes tens of thousands of proxies.
  private values: Map<string, unknown> | null = null;
  private loaded = false;
  private nullObject = false;
  private navigations: Map<string, FakeObject<unknown>> | null = null;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly typeName: string,
    private readonly resolver: () => M | null,
    private readonly orNull: boolean,
    /** Objects got by a method keep the identity they resolved to; navigation properties re-resolve. */
    private readonly cacheResolution: boolean,
  ) {}

  protected get doc(): FakeDocumentModel {
    return this.context.model;
  }

  resolveNullable(): M | null {
    if (this.cacheResolution && this.resolution) return this.resolution.model;
    const model = this.resolver();
    if (this.cacheResolution) this.resolution = { model };
    return model;
  }

  resolve(): M {
    const model = this.resolveNullable();
    if (model === null) throw itemNotFound(this.typeName);
    return model;
  }

  get isNullObject(): boolean {
    if (!this.loaded) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullObject;
  }

  load(spec?: LoadSpec): this {
    const request = parseLoad(spec);
    this.context.enqueue({ kind: "read", what: `${this.typeName}.load`, run: () => this.applyLoad(request) });
    return this;
  }

  applyLoad(request: LoadRequest): void {
    const model = this.resolveNullable();
    this.loaded = true;
    this.values = new Map();
    if (model === null) {
      if (!this.orNull) throw itemNotFound(this.typeName);
      this.nullObject = true;
      return;
    }
    this.nullObject = false;
    const entries: [string, LoadTree | null][] =
      request === "all" ? this.scalarNames().map((name) => [name, null]) : [...request];
    for (const [name, sub] of entries) {
      if (sub === null && this.scalarNames().includes(name)) {
        this.values.set(name, this.readScalar(model, name));
        continue;
      }
      const navigation = this.navigationNamed(name);
      if (!navigation)
        throw invalidArgument(`${this.typeName}.load`, `'${name}' is not a property of ${this.typeName}.`);
      navigation.applyLoad(sub ?? "all");
    }
  }

  /** Reads a loaded value; throws like Word when it was not loaded and synced. */
  protected read<T>(name: string): T {
    if (this.nullObject) throw itemNotFound(`${this.typeName}.${name} (null object)`);
    if (!this.values?.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.values.get(name) as T;
  }

  protected navigation<T extends FakeObject<unknown>>(name: string, create: () => T): T {
    this.navigations ??= new Map();
    let existing = this.navigations.get(name);
    if (!existing) {
      existing = create() as FakeObject<unknown>;
      this.navigations.set(name, existing);
    }
    return existing as T;
  }

  protected queueWrite(what: string, run: () => void, requires?: string): void {
    this.context.enqueue({
      kind: "write",
      what: `${this.typeName}.${what}`,
      run,
      ...(requires ? { requires } : {}),
    });
  }

  protected queueRead(what: string, run: () => void, requires?: string): void {
    this.context.enqueue({
      kind: "read",
      what: `${this.typeName}.${what}`,
      run,
      ...(requires ? { requires } : {}),
    });
  }

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(_model: M, name: string): unknown {
    throw invalidArgument(`${this.typeName}.load`, `Unknown property '${name}'.`);
  }

  protected navigationNamed(_name: string): FakeObject<unknown> | null {
    return null;
  }
}

/** A holder for what a queued method produces; the returned proxy resolves to it at sync time. */
class Produced<M> {
  private state: { model: M } | null = null;
  set(model: M): M {
    this.state = { model };
    return model;
  }
  get(what: string): M {
    if (!this.state) throw itemNotFound(`${what} (not created)`);
    return this.state.model;
  }
}

class FakeCollection<M, P extends FakeObject<M>> extends FakeObject<M[]> {
  private loadedItems: P[] | null = null;

  constructor(
    context: FakeRequestContext,
    typeName: string,
    resolver: () => M[],
    private readonly makeItem: (model: M) => P,
  ) {
    super(context, typeName, resolver, false, false);
  }

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  override applyLoad(request: LoadRequest): void {
    const models = this.resolve();
    const itemRequest: LoadRequest =
      request === "all" ? "all" : (request.get("items") ?? (request.has("items") ? "all" : request));
    this.loadedItems = models.map((model) => this.makeItem(model));
    for (const item of this.loadedItems) item.applyLoad(itemRequest);
  }

  protected first(orNull: boolean, last = false): P {
    const produced = new Produced<M | null>();
    let resolved = false;
    const item = this.makeItemFrom(() => {
      if (!resolved) {
        const models = this.resolve();
        produced.set((last ? models[models.length - 1] : models[0]) ?? null);
        resolved = true;
      }
      return produced.get(this.typeName);
    }, orNull);
    return item;
  }

  /** Subclasses build an item proxy around a resolver (for getFirst and friends). */
  protected makeItemFrom(_resolver: () => M | null, _orNull: boolean): P {
    throw new FakeWordError("NotImplemented", `${this.typeName} has no getFirst in the fake.`);
  }
}

// --- document, body ------------------------------------------------------------------------------

type BodyModel = { kind: "document" } | { kind: "cell"; cell: FakeCell };

export class FakeDocumentProxy extends FakeObject<FakeDocumentModel> {
  constructor(context: FakeRequestContext) {
    super(context, "Document", () => context.model, false, true);
  }

  get body(): FakeBody {
    return this.navigation("body", () => new FakeBody(this.context, () => ({ kind: "document" })));
  }

  get settings(): FakeSettingCollection {
    return this.navigation("settings", () => new FakeSettingCollection(this.context));
  }

  getSelection(): FakeRange {
    return new FakeRange(this.context, () => this.doc.selection ?? startOfDocument(this.doc), true);
  }

  protected override navigationNamed(name: string): FakeObject<unknown> | null {
    if (name === "body") return this.body as FakeObject<unknown>;
    if (name === "settings") return this.settings as FakeObject<unknown>;
    return null;
  }
}

function startOfDocument(doc: FakeDocumentModel): FakeRangeModel {
  const first = doc.paragraphs[0];
  if (!first) throw itemNotFound("Body (empty)");
  return { start: { para: first, offset: 0 }, end: { para: first, offset: 0 } };
}

function bodyParagraphs(doc: FakeDocumentModel, body: BodyModel): FakeParagraph[] {
  return body.kind === "document" ? doc.paragraphs : doc.paragraphsOfCell(body.cell);
}

export class FakeBody extends FakeObject<BodyModel> {
  constructor(context: FakeRequestContext, resolver: () => BodyModel | null) {
    super(context, "Body", resolver, false, false);
  }

  get paragraphs(): FakeParagraphCollection {
    return this.navigation(
      "paragraphs",
      () => new FakeParagraphCollection(this.context, () => [...bodyParagraphs(this.doc, this.resolve())]),
    );
  }

  get contentControls(): FakeContentControlCollection {
    return this.navigation("contentControls", () => {
      return new FakeContentControlCollection(this.context, () => {
        const paragraphs = bodyParagraphs(this.doc, this.resolve());
        const controls: FakeContentControl[] = [];
        for (const paragraph of paragraphs) {
          if (paragraph.contentControl && !controls.includes(paragraph.contentControl)) {
            controls.push(paragraph.contentControl);
          }
        }
        return controls;
      });
    });
  }

  get lists(): FakeListCollection {
    return this.navigation("lists", () => {
      return new FakeListCollection(this.context, () => {
        const lists: FakeList[] = [];
        for (const paragraph of bodyParagraphs(this.doc, this.resolve())) {
          if (paragraph.list && !lists.includes(paragraph.list.list)) lists.push(paragraph.list.list);
        }
        return lists;
      });
    });
  }

  getRange(location: string = "Whole"): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const paragraphs = bodyParagraphs(this.doc, this.resolve());
        const first = paragraphs[0];
        const last = paragraphs[paragraphs.length - 1];
        if (!first || !last) throw itemNotFound("Body (empty)");
        return rangeAt(this.doc.wholeParagraphRange(first, last), location);
      },
      true,
    );
  }

  search(text: string, options?: FakeSearchOptions): FakeRangeCollection {
    return searchCollection(this.context, () => this.getRange("Whole").resolveNullable(), text, options);
  }

  /** The document's comments (the fake keeps comments of the main body only). */
  getComments(): FakeCommentCollection {
    return new FakeCommentCollection(this.context);
  }

  /** Wraps the whole body (of a table cell, here) in a rich-text content control. */
  insertContentControl(type?: string): FakeContentControlProxy {
    return this.getRange("Whole").insertContentControl(type);
  }

  insertParagraph(text: string, location: "Start" | "End"): FakeParagraphProxy {
    const produced = new Produced<FakeParagraph>();
    this.queueWrite(`insertParagraph(${location})`, () => {
      const paragraphs = bodyParagraphs(this.doc, this.resolve());
      const neighbour = location === "Start" ? paragraphs[0] : paragraphs[paragraphs.length - 1];
      const paragraph = this.doc.createParagraph({
        runs: text ? [{ text, bold: false }] : [],
        cell: neighbour?.cell ?? null,
      });
      const index = neighbour ? this.doc.indexOf(neighbour) + (location === "End" ? 1 : 0) : 0;
      this.doc.insertAt(index, [produced.set(paragraph)]);
      recordWrite(this.context, { kind: "insert-paragraph", paragraph: index, text });
    });
    return new FakeParagraphProxy(this.context, () => produced.get("Paragraph"), false, true);
  }

  protected override scalarNames(): string[] {
    return ["text"];
  }

  protected override readScalar(model: BodyModel, name: string): unknown {
    if (name === "text") return bodyParagraphs(this.doc, model).map(textOf).join("\r");
    return super.readScalar(model, name);
  }

  protected override navigationNamed(name: string): FakeObject<unknown> | null {
    if (name === "paragraphs") return this.paragraphs as FakeObject<unknown>;
    if (name === "contentControls") return this.contentControls as FakeObject<unknown>;
    if (name === "lists") return this.lists as FakeObject<unknown>;
    return null;
  }
}

function recordWrite(context: FakeRequestContext, write: FakeWrite): void {
  context.host.recordWrite(write);
}

// --- paragraphs ----------------------------------------------------------------------------------

export class FakeParagraphCollection extends FakeCollection<FakeParagraph, FakeParagraphProxy> {
  constructor(context: FakeRequestContext, resolver: () => FakeParagraph[]) {
    super(context, "ParagraphCollection", resolver, (model) => paragraphProxy(context, model));
  }

  getFirst(): FakeParagraphProxy {
    return this.first(false);
  }

  getFirstOrNullObject(): FakeParagraphProxy {
    return this.first(true);
  }

  getLast(): FakeParagraphProxy {
    return this.first(false, true);
  }

  protected override makeItemFrom(resolver: () => FakeParagraph | null, orNull: boolean): FakeParagraphProxy {
    return new FakeParagraphProxy(this.context, resolver, orNull, true);
  }
}

function paragraphProxy(context: FakeRequestContext, model: FakeParagraph): FakeParagraphProxy {
  return new FakeParagraphProxy(context, () => (context.model.contains(model) ? model : null), false, true);
}

/** The proxy of a paragraph; `FakeParagraph` is the model it resolves to. */
export class FakeParagraphProxy extends FakeObject<FakeParagraph> {
  constructor(
    context: FakeRequestContext,
    resolver: () => FakeParagraph | null,
    orNull: boolean,
    cache: boolean,
  ) {
    super(context, "Paragraph", resolver, orNull, cache);
  }

  get text(): string {
    return this.read("text");
  }
  get style(): string {
    return this.read("style");
  }
  set style(name: string) {
    this.queueWrite("style", () => {
      const paragraph = this.resolve();
      this.context.assertEditable(paragraph, "Paragraph.style");
      const builtIn = builtInForLocalName(name);
      if (builtIn) applyBuiltInStyle(paragraph, builtIn);
      else if (this.doc.paragraphs.some((other) => other.styleBuiltIn === "Other" && other.style === name)) {
        paragraph.styleBuiltIn = "Other";
        paragraph.style = name;
      } else throw itemNotFound(`Style '${name}'`);
      recordWrite(this.context, { kind: "set-style", paragraph: this.doc.indexOf(paragraph), detail: name });
    });
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  set styleBuiltIn(builtIn: string) {
    this.queueWrite("styleBuiltIn", () => {
      const paragraph = this.resolve();
      this.context.assertEditable(paragraph, "Paragraph.styleBuiltIn");
      if (!localStyleName(builtIn))
        throw invalidArgument("Paragraph.styleBuiltIn", `Unknown built-in style '${builtIn}'.`);
      applyBuiltInStyle(paragraph, builtIn);
      recordWrite(this.context, {
        kind: "set-style",
        paragraph: this.doc.indexOf(paragraph),
        detail: builtIn,
      });
    });
  }
  get outlineLevel(): number {
    return this.read("outlineLevel");
  }
  get isListItem(): boolean {
    return this.read("isListItem");
  }
  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }

  get font(): FakeFont {
    return this.navigation("font", () => new FakeFont(this.context, () => this.wholeRange()));
  }
  get listItem(): FakeListItem {
    return this.navigation(
      "listItem",
      () => new FakeListItem(this.context, () => this.listParagraph(), false),
    );
  }
  get listItemOrNullObject(): FakeListItem {
    return this.navigation(
      "listItemOrNullObject",
      () => new FakeListItem(this.context, () => this.listParagraph(), true),
    );
  }
  get list(): FakeListProxy {
    return this.navigation(
      "list",
      () => new FakeListProxy(this.context, () => this.resolveNullable()?.list?.list ?? null, false, false),
    );
  }
  get listOrNullObject(): FakeListProxy {
    return this.navigation(
      "listOrNullObject",
      () => new FakeListProxy(this.context, () => this.resolveNullable()?.list?.list ?? null, true, false),
    );
  }
  get parentTableCell(): FakeTableCell {
    return this.navigation(
      "parentTableCell",
      () => new FakeTableCell(this.context, () => this.resolveNullable()?.cell ?? null, false, false),
    );
  }
  get parentTableCellOrNullObject(): FakeTableCell {
    return this.navigation(
      "parentTableCellOrNullObject",
      () => new FakeTableCell(this.context, () => this.resolveNullable()?.cell ?? null, true, false),
    );
  }
  get parentTable(): FakeTableProxy {
    return this.navigation(
      "parentTable",
      () => new FakeTableProxy(this.context, () => this.resolveNullable()?.cell?.table ?? null, false, false),
    );
  }
  get parentTableOrNullObject(): FakeTableProxy {
    return this.navigation(
      "parentTableOrNullObject",
      () => new FakeTableProxy(this.context, () => this.resolveNullable()?.cell?.table ?? null, true, false),
    );
  }
  get parentContentControl(): FakeContentControlProxy {
    return this.navigation(
      "parentContentControl",
      () =>
        new FakeContentControlProxy(
          this.context,
          () => this.resolveNullable()?.contentControl ?? null,
          false,
          false,
        ),
    );
  }
  get parentContentControlOrNullObject(): FakeContentControlProxy {
    return this.navigation(
      "parentContentControlOrNullObject",
      () =>
        new FakeContentControlProxy(
          this.context,
          () => this.resolveNullable()?.contentControl ?? null,
          true,
          false,
        ),
    );
  }

  /** Word removes the paragraph and its mark; the fake refuses the last paragraph of a cell, as Word keeps one. */
  delete(): void {
    this.queueWrite("Paragraph.delete", () => {
      const paragraph = this.resolve();
      this.context.assertEditable(paragraph, "Paragraph.delete");
      const index = this.doc.indexOf(paragraph);
      const alone = !this.doc.paragraphs.some(
        (other) => other !== paragraph && other.cell === paragraph.cell,
      );
      if (alone) throw new FakeWordError("NotImplemented", "The fake keeps the last paragraph of a cell.");
      this.doc.removeAt(index);
      recordWrite(this.context, { kind: "delete-paragraph", paragraph: index, text: textOf(paragraph) });
    });
  }

  insertParagraph(text: string, location: "Before" | "After"): FakeParagraphProxy {
    const produced = new Produced<FakeParagraph>();
    this.queueWrite(`insertParagraph(${location})`, () => {
      const source = this.resolve();
      this.context.assertEditable(source, "Paragraph.insertParagraph");
      if (location !== "Before" && location !== "After") {
        throw invalidArgument(
          "Paragraph.insertParagraph",
          `Location '${location}' is not valid for a paragraph.`,
        );
      }
      // Word gives the new paragraph the formatting of the one it was inserted from, lists included.
      const paragraph = this.doc.createParagraph({
        runs: text ? [{ text, bold: source.markBold }] : [],
        markBold: source.markBold,
        styleBuiltIn: source.styleBuiltIn,
        style: source.style,
        outlineLevel: source.outlineLevel,
        list: source.list
          ? {
              list: source.list.list,
              level: source.list.level,
              label: source.list.list.levelTypes[source.list.level] === "Number" ? null : source.list.label,
            }
          : null,
        cell: source.cell,
        contentControl: source.contentControl,
      });
      const index = this.doc.indexOf(source) + (location === "After" ? 1 : 0);
      this.doc.insertAt(index, [produced.set(paragraph)]);
      recordWrite(this.context, { kind: "insert-paragraph", paragraph: index, text, detail: location });
    });
    return new FakeParagraphProxy(this.context, () => produced.get("Paragraph"), false, true);
  }

  insertText(text: string, location: "Start" | "End" | "Replace"): FakeRange {
    const produced = new Produced<FakeRangeModel>();
    this.queueWrite(`insertText(${location})`, () => {
      const paragraph = this.resolve();
      this.context.assertEditable(paragraph, "Paragraph.insertText");
      const length = textOf(paragraph).length;
      const range =
        location === "Replace"
          ? this.doc.replaceText(paragraph, 0, length, text)
          : this.doc.insertTextAt(paragraph, location === "Start" ? 0 : length, text);
      produced.set(range);
      recordWrite(this.context, {
        kind: "insert-text",
        paragraph: this.doc.indexOf(paragraph),
        text,
        detail: location,
      });
    });
    return new FakeRange(this.context, () => produced.get("Range"), true);
  }

  insertTable(
    rowCount: number,
    columnCount: number,
    location: "Before" | "After",
    values?: string[][],
  ): FakeTableProxy {
    const produced = new Produced<FakeTable>();
    this.queueWrite(`insertTable(${location})`, () => {
      const source = this.resolve();
      this.context.assertEditable(source, "Paragraph.insertTable");
      if (rowCount < 1 || columnCount < 1)
        throw invalidArgument("Paragraph.insertTable", "A table needs a row and a column.");
      const table = produced.set(this.doc.createTable(source.cell));
      const paragraphs: FakeParagraph[] = [];
      for (let row = 0; row < rowCount; row += 1) {
        for (let column = 0; column < columnCount; column += 1) {
          const text = values?.[row]?.[column] ?? "";
          paragraphs.push(
            this.doc.createParagraph({
              runs: text ? [{ text, bold: false }] : [],
              cell: this.doc.createCell(table, row, column),
              contentControl: source.contentControl,
            }),
          );
        }
      }
      const index = this.doc.indexOf(source) + (location === "After" ? 1 : 0);
      this.doc.insertAt(index, paragraphs);
      recordWrite(this.context, {
        kind: "insert-table",
        paragraph: index,
        detail: `${rowCount}x${columnCount}`,
      });
    });
    return new FakeTableProxy(this.context, () => produced.get("Table"), false, true);
  }

  attachToList(listId: number, level: number): FakeListProxy {
    const produced = new Produced<FakeList>();
    this.queueWrite("attachToList", () => {
      const paragraph = this.resolve();
      this.context.assertEditable(paragraph, "Paragraph.attachToList");
      if (paragraph.list)
        throw invalidArgument("Paragraph.attachToList", "The paragraph is already a list item.");
      const list = this.doc.findList(listId);
      if (!list) throw itemNotFound(`List ${listId}`);
      paragraph.list = { list: produced.set(list), level, label: null };
      recordWrite(this.context, {
        kind: "attach-to-list",
        paragraph: this.doc.indexOf(paragraph),
        detail: `${listId}/${level}`,
      });
    });
    return new FakeListProxy(this.context, () => produced.get("List"), false, true);
  }

  detachFromList(): void {
    this.queueWrite("detachFromList", () => {
      const paragraph = this.resolve();
      if (!paragraph.list) return;
      this.context.assertEditable(paragraph, "Paragraph.detachFromList");
      paragraph.list = null;
      recordWrite(this.context, { kind: "detach-from-list", paragraph: this.doc.indexOf(paragraph) });
    });
  }

  startNewList(): FakeListProxy {
    const produced = new Produced<FakeList>();
    this.queueWrite("startNewList", () => {
      const paragraph = this.resolve();
      this.context.assertEditable(paragraph, "Paragraph.startNewList");
      if (paragraph.list)
        throw invalidArgument("Paragraph.startNewList", "The paragraph is already a list item.");
      const list = produced.set(this.doc.createList());
      paragraph.list = { list, level: 0, label: null };
      recordWrite(this.context, { kind: "start-new-list", paragraph: this.doc.indexOf(paragraph) });
    });
    return new FakeListProxy(this.context, () => produced.get("List"), false, true);
  }

  /** The next paragraph in document order (into and out of tables, as body.paragraphs counts them). */
  getNext(): FakeParagraphProxy {
    return this.sibling(1, false);
  }

  getNextOrNullObject(): FakeParagraphProxy {
    return this.sibling(1, true);
  }

  getPrevious(): FakeParagraphProxy {
    return this.sibling(-1, false);
  }

  getPreviousOrNullObject(): FakeParagraphProxy {
    return this.sibling(-1, true);
  }

  private sibling(step: 1 | -1, orNull: boolean): FakeParagraphProxy {
    return new FakeParagraphProxy(
      this.context,
      () => this.doc.paragraphs[this.doc.indexOf(this.resolve()) + step] ?? null,
      orNull,
      true,
    );
  }

  getRange(location: string = "Whole"): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const whole = this.wholeRange();
        return whole ? rangeAt(whole, location) : null;
      },
      true,
    );
  }

  search(text: string, options?: FakeSearchOptions): FakeRangeCollection {
    return searchCollection(this.context, () => this.wholeRange(), text, options);
  }

  split(delimiters: string[], trimDelimiters = false, trimSpacing = false): FakeRangeCollection {
    let cached: FakeRangeModel[] | null = null;
    return new FakeRangeCollection(this.context, () => {
      if (!cached) cached = splitParagraph(this.resolve(), delimiters, trimDelimiters, trimSpacing);
      return cached;
    });
  }

  select(): void {
    this.queueRead("select", () => {
      this.doc.selection = this.wholeRange();
    });
  }

  private wholeRange(): FakeRangeModel | null {
    const paragraph = this.resolveNullable();
    return paragraph ? this.doc.wholeParagraphRange(paragraph) : null;
  }

  private listParagraph(): FakeParagraph | null {
    const paragraph = this.resolveNullable();
    return paragraph?.list ? paragraph : null;
  }

  protected override scalarNames(): string[] {
    return [
      "text",
      "style",
      "styleBuiltIn",
      "outlineLevel",
      "isListItem",
      "tableNestingLevel",
      "isLastParagraph",
    ];
  }

  protected override readScalar(model: FakeParagraph, name: string): unknown {
    switch (name) {
      case "text":
        return textOf(model);
      case "style":
        return model.style;
      case "styleBuiltIn":
        return model.styleBuiltIn;
      case "outlineLevel":
        return model.outlineLevel;
      case "isListItem":
        return model.list !== null;
      case "tableNestingLevel":
        return this.doc.nestingLevel(model);
      case "isLastParagraph":
        return this.doc.paragraphs[this.doc.paragraphs.length - 1] === model;
      default:
        return super.readScalar(model, name);
    }
  }

  protected override navigationNamed(name: string): FakeObject<unknown> | null {
    const navigations: Record<string, () => FakeObject<unknown>> = {
      font: () => this.font as FakeObject<unknown>,
      listItem: () => this.listItem as FakeObject<unknown>,
      listItemOrNullObject: () => this.listItemOrNullObject as FakeObject<unknown>,
      list: () => this.list as FakeObject<unknown>,
      listOrNullObject: () => this.listOrNullObject as FakeObject<unknown>,
      parentTableCell: () => this.parentTableCell as FakeObject<unknown>,
      parentTableCellOrNullObject: () => this.parentTableCellOrNullObject as FakeObject<unknown>,
      parentTable: () => this.parentTable as FakeObject<unknown>,
      parentTableOrNullObject: () => this.parentTableOrNullObject as FakeObject<unknown>,
      parentContentControl: () => this.parentContentControl as FakeObject<unknown>,
      parentContentControlOrNullObject: () => this.parentContentControlOrNullObject as FakeObject<unknown>,
    };
    return navigations[name]?.() ?? null;
  }
}

function applyBuiltInStyle(paragraph: FakeParagraph, builtIn: string): void {
  paragraph.styleBuiltIn = builtIn;
  paragraph.style = localStyleName(builtIn) ?? builtIn;
  paragraph.outlineLevel = outlineLevelForStyle(builtIn);
}

// --- font, lists ---------------------------------------------------------------------------------

export class FakeFont extends FakeObject<FakeRangeModel> {
  constructor(context: FakeRequestContext, resolver: () => FakeRangeModel | null) {
    super(context, "Font", resolver, false, false);
  }

  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.queueWrite("bold", () => {
      const range = this.resolve();
      for (const paragraph of this.doc.paragraphsInRange(range))
        this.context.assertEditable(paragraph, "Font.bold");
      this.doc.setRangeBold(range, bold);
      recordWrite(this.context, {
        kind: "set-bold",
        paragraph: this.doc.indexOf(range.start.para),
        detail: String(bold),
      });
    });
  }

  protected override scalarNames(): string[] {
    return ["bold"];
  }

  protected override readScalar(model: FakeRangeModel, name: string): unknown {
    if (name !== "bold") return super.readScalar(model, name);
    const paragraphs = this.doc.paragraphsInRange(model);
    const first = paragraphs[0];
    if (paragraphs.length === 1 && first && model.start.offset === model.end.offset) {
      return textOf(first).length === 0
        ? first.markBold
        : boldOf(first, model.start.offset, model.start.offset + 1);
    }
    return this.doc.rangeBold(model);
  }
}

export class FakeListItem extends FakeObject<FakeParagraph> {
  constructor(context: FakeRequestContext, resolver: () => FakeParagraph | null, orNull: boolean) {
    super(context, "ListItem", resolver, orNull, false);
  }

  get level(): number {
    return this.read("level");
  }
  set level(level: number) {
    this.queueWrite("level", () => {
      const paragraph = this.resolve();
      this.context.assertEditable(paragraph, "ListItem.level");
      if (!paragraph.list) throw itemNotFound("ListItem");
      if (level < 0 || level > 8) throw invalidArgument("ListItem.level", `Level ${level} is outside 0–8.`);
      paragraph.list.level = level;
      recordWrite(this.context, {
        kind: "set-list-level",
        paragraph: this.doc.indexOf(paragraph),
        detail: String(level),
      });
    });
  }
  get listString(): string {
    return this.read("listString");
  }

  protected override scalarNames(): string[] {
    return ["level", "listString", "siblingIndex"];
  }

  protected override readScalar(model: FakeParagraph, name: string): unknown {
    const membership = model.list;
    if (!membership) throw itemNotFound("ListItem");
    if (name === "level") return membership.level;
    if (name === "listString") return this.doc.listString(model);
    if (name === "siblingIndex") {
      return this.doc
        .paragraphsOfList(membership.list)
        .filter((other) => other.list?.level === membership.level)
        .indexOf(model);
    }
    return super.readScalar(model, name);
  }
}

export class FakeListProxy extends FakeObject<FakeList> {
  constructor(context: FakeRequestContext, resolver: () => FakeList | null, orNull: boolean, cache: boolean) {
    super(context, "List", resolver, orNull, cache);
  }

  get id(): number {
    return this.read("id");
  }
  get levelTypes(): string[] {
    return this.read("levelTypes");
  }

  insertParagraph(text: string, location: "Start" | "End" | "Before" | "After"): FakeParagraphProxy {
    const produced = new Produced<FakeParagraph>();
    this.queueWrite(`insertParagraph(${location})`, () => {
      const list = this.resolve();
      const members = this.doc.paragraphsOfList(list);
      const neighbour =
        location === "Start" || location === "Before" ? members[0] : members[members.length - 1];
      if (!neighbour) throw itemNotFound("List (no paragraphs)");
      this.context.assertEditable(neighbour, "List.insertParagraph");
      const inList = location === "Start" || location === "End";
      const paragraph = this.doc.createParagraph({
        runs: text ? [{ text, bold: false }] : [],
        styleBuiltIn: neighbour.styleBuiltIn,
        style: neighbour.style,
        list: inList && neighbour.list ? { list, level: neighbour.list.level, label: null } : null,
        cell: neighbour.cell,
        contentControl: neighbour.contentControl,
      });
      const index = this.doc.indexOf(neighbour) + (location === "End" || location === "After" ? 1 : 0);
      this.doc.insertAt(index, [produced.set(paragraph)]);
      recordWrite(this.context, {
        kind: "insert-paragraph",
        paragraph: index,
        text,
        detail: `list ${location}`,
      });
    });
    return new FakeParagraphProxy(this.context, () => produced.get("Paragraph"), false, true);
  }

  setLevelBullet(level: number, _bullet: string): void {
    this.queueWrite("setLevelBullet", () => {
      const list = this.resolve();
      list.levelTypes[level] = "Bullet";
      recordWrite(this.context, { kind: "set-level-bullet", detail: `${list.id}/${level}` });
    });
  }

  setLevelNumbering(level: number, _numbering: string, _format?: Array<string | number>): void {
    this.queueWrite("setLevelNumbering", () => {
      const list = this.resolve();
      list.levelTypes[level] = "Number";
      recordWrite(this.context, { kind: "set-level-numbering", detail: `${list.id}/${level}` });
    });
  }

  protected override scalarNames(): string[] {
    return ["id", "levelTypes"];
  }

  protected override readScalar(model: FakeList, name: string): unknown {
    if (name === "id") return model.id;
    if (name === "levelTypes") return [...model.levelTypes];
    return super.readScalar(model, name);
  }
}

export class FakeListCollection extends FakeCollection<FakeList, FakeListProxy> {
  constructor(context: FakeRequestContext, resolver: () => FakeList[]) {
    super(
      context,
      "ListCollection",
      resolver,
      (model) => new FakeListProxy(context, () => model, false, true),
    );
  }

  getById(id: number): FakeListProxy {
    return new FakeListProxy(
      this.context,
      () => this.resolve().find((list) => list.id === id) ?? null,
      false,
      true,
    );
  }
}

// --- tables --------------------------------------------------------------------------------------

export class FakeTableCell extends FakeObject<FakeCell> {
  constructor(context: FakeRequestContext, resolver: () => FakeCell | null, orNull: boolean, cache: boolean) {
    super(context, "TableCell", resolver, orNull, cache);
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get cellIndex(): number {
    return this.read("cellIndex");
  }
  get value(): string {
    return this.read("value");
  }

  get body(): FakeBody {
    return this.navigation(
      "body",
      () => new FakeBody(this.context, () => ({ kind: "cell", cell: this.resolve() })),
    );
  }
  get parentRow(): FakeTableRow {
    // Navigations from a null cell stay null objects (as in `…OrNullObject` chains); acting on them fails.
    return this.navigation(
      "parentRow",
      () => new FakeTableRow(this.context, () => this.resolveNullable(), true, false),
    );
  }
  get parentTable(): FakeTableProxy {
    return this.navigation(
      "parentTable",
      () => new FakeTableProxy(this.context, () => this.resolveNullable()?.table ?? null, true, false),
    );
  }

  getNext(): FakeTableCell {
    return this.next(false);
  }
  getNextOrNullObject(): FakeTableCell {
    return this.next(true);
  }

  private next(orNull: boolean): FakeTableCell {
    return new FakeTableCell(
      this.context,
      () => {
        const cell = this.resolve();
        const cells = this.doc.cellsOfRow(cell.table, cell.row);
        return cells[cells.indexOf(cell) + 1] ?? null;
      },
      orNull,
      true,
    );
  }

  protected override scalarNames(): string[] {
    return ["rowIndex", "cellIndex", "value"];
  }

  protected override readScalar(model: FakeCell, name: string): unknown {
    if (name === "rowIndex") return model.row;
    if (name === "cellIndex") {
      if (model.verticallyMerged)
        throw generalException("TableCell.cellIndex", "The cell is merged vertically.");
      return model.index;
    }
    if (name === "value") {
      return this.doc.paragraphs
        .filter((paragraph) => paragraph.cell === model)
        .map(textOf)
        .join("\r");
    }
    return super.readScalar(model, name);
  }

  protected override navigationNamed(name: string): FakeObject<unknown> | null {
    if (name === "parentRow") return this.parentRow as FakeObject<unknown>;
    if (name === "parentTable") return this.parentTable as FakeObject<unknown>;
    if (name === "body") return this.body as FakeObject<unknown>;
    return null;
  }
}

/** A row is represented by one of its cells: rows are not objects of their own in the model. */
export class FakeTableRow extends FakeObject<FakeCell> {
  constructor(context: FakeRequestContext, resolver: () => FakeCell | null, orNull: boolean, cache: boolean) {
    super(context, "TableRow", resolver, orNull, cache);
  }

  get cellCount(): number {
    return this.read("cellCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get cells(): FakeTableCellCollection {
    return this.navigation("cells", () => {
      return new FakeTableCellCollection(this.context, () => {
        const cell = this.resolve();
        return this.doc.cellsOfRow(cell.table, cell.row);
      });
    });
  }

  insertRows(location: "Before" | "After", rowCount: number, values?: string[][]): FakeTableRowCollection {
    const produced = new Produced<FakeCell[]>();
    this.queueWrite(`insertRows(${location})`, () => {
      const anchor = this.resolve();
      const table = anchor.table;
      const row = anchor.row;
      const sourceCells = this.doc.cellsOfRow(table, row);
      const rowParagraphs = this.doc.paragraphsOfRow(table, row);
      const first = rowParagraphs[0];
      const last = rowParagraphs[rowParagraphs.length - 1];
      if (!first || !last) throw itemNotFound("TableRow");
      for (const paragraph of rowParagraphs) this.context.assertEditable(paragraph, "TableRow.insertRows");
      const index = location === "After" ? this.doc.indexOf(last) + 1 : this.doc.indexOf(first);
      const newRow = location === "After" ? row + 1 : row;
      this.doc.shiftRows(table, newRow, rowCount);
      const created: FakeCell[] = [];
      const paragraphs: FakeParagraph[] = [];
      for (let k = 0; k < rowCount; k += 1) {
        sourceCells.forEach((sourceCell, i) => {
          const cell = this.doc.createCell(table, newRow + k, sourceCell.index);
          if (i === 0) created.push(cell);
          // New rows copy the formatting of the row they were inserted from, cell by cell.
          const model = this.doc.paragraphs.find((paragraph) => paragraph.cell === sourceCell);
          const text = values?.[k]?.[i] ?? "";
          paragraphs.push(
            this.doc.createParagraph({
              runs: text ? [{ text, bold: model?.markBold ?? false }] : [],
              markBold: model?.markBold ?? false,
              styleBuiltIn: model?.styleBuiltIn ?? "Normal",
              style: model?.style ?? "Standaard",
              outlineLevel: model?.outlineLevel ?? 10,
              list: model?.list
                ? { list: model.list.list, level: model.list.level, label: model.list.label }
                : null,
              cell,
            }),
          );
        });
      }
      this.doc.insertAt(index, paragraphs);
      produced.set(created);
      recordWrite(this.context, { kind: "insert-rows", paragraph: index, detail: `${location} ${rowCount}` });
    });
    return new FakeTableRowCollection(this.context, () => produced.get("TableRowCollection"));
  }

  protected override scalarNames(): string[] {
    return ["cellCount", "rowIndex"];
  }

  protected override readScalar(model: FakeCell, name: string): unknown {
    if (name === "cellCount") return this.doc.cellsOfRow(model.table, model.row).length;
    if (name === "rowIndex") return model.row;
    return super.readScalar(model, name);
  }

  protected override navigationNamed(name: string): FakeObject<unknown> | null {
    return name === "cells" ? (this.cells as FakeObject<unknown>) : null;
  }
}

export class FakeTableRowCollection extends FakeCollection<FakeCell, FakeTableRow> {
  constructor(context: FakeRequestContext, resolver: () => FakeCell[]) {
    super(
      context,
      "TableRowCollection",
      resolver,
      (model) => new FakeTableRow(context, () => model, false, true),
    );
  }

  getFirst(): FakeTableRow {
    return this.first(false);
  }

  protected override makeItemFrom(resolver: () => FakeCell | null, orNull: boolean): FakeTableRow {
    return new FakeTableRow(this.context, resolver, orNull, true);
  }
}

export class FakeTableCellCollection extends FakeCollection<FakeCell, FakeTableCell> {
  constructor(context: FakeRequestContext, resolver: () => FakeCell[]) {
    super(
      context,
      "TableCellCollection",
      resolver,
      (model) => new FakeTableCell(context, () => model, false, true),
    );
  }

  getFirst(): FakeTableCell {
    return this.first(false);
  }

  protected override makeItemFrom(resolver: () => FakeCell | null, orNull: boolean): FakeTableCell {
    return new FakeTableCell(this.context, resolver, orNull, true);
  }
}

export class FakeTableProxy extends FakeObject<FakeTable> {
  constructor(
    context: FakeRequestContext,
    resolver: () => FakeTable | null,
    orNull: boolean,
    cache: boolean,
  ) {
    super(context, "Table", resolver, orNull, cache);
  }

  get nestingLevel(): number {
    return this.read("nestingLevel");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get headerRowCount(): number {
    return this.read("headerRowCount");
  }
  set headerRowCount(count: number) {
    this.queueWrite("headerRowCount", () => {
      const table = this.resolve();
      table.headerRowCount = count;
      recordWrite(this.context, { kind: "set-header-rows", detail: String(count) });
    });
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    return this.navigation(
      "parentTableCellOrNullObject",
      () => new FakeTableCell(this.context, () => this.resolveNullable()?.parentCell ?? null, true, false),
    );
  }
  get parentTableCell(): FakeTableCell {
    return this.navigation(
      "parentTableCell",
      () => new FakeTableCell(this.context, () => this.resolveNullable()?.parentCell ?? null, false, false),
    );
  }

  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return new FakeTableCell(
      this.context,
      () => {
        const table = this.resolve();
        for (const paragraph of this.doc.paragraphs) {
          const cell = this.doc.cellPath(paragraph.cell).find((candidate) => candidate.table === table);
          if (cell && cell.row === rowIndex && cell.index === cellIndex) return cell;
        }
        throw itemNotFound(`TableCell ${rowIndex},${cellIndex}`);
      },
      false,
      true,
    );
  }

  insertParagraph(text: string, location: "Before" | "After"): FakeParagraphProxy {
    const produced = new Produced<FakeParagraph>();
    this.queueWrite(`insertParagraph(${location})`, () => {
      const table = this.resolve();
      const paragraphs = this.doc.paragraphsOfTable(table);
      const neighbour = location === "Before" ? paragraphs[0] : paragraphs[paragraphs.length - 1];
      if (!neighbour) throw itemNotFound("Table (no paragraphs)");
      const paragraph = this.doc.createParagraph({
        runs: text ? [{ text, bold: false }] : [],
        cell: table.parentCell,
      });
      const index = this.doc.indexOf(neighbour) + (location === "After" ? 1 : 0);
      this.doc.insertAt(index, [produced.set(paragraph)]);
      recordWrite(this.context, {
        kind: "insert-paragraph",
        paragraph: index,
        text,
        detail: `table ${location}`,
      });
    });
    return new FakeParagraphProxy(this.context, () => produced.get("Paragraph"), false, true);
  }

  protected override scalarNames(): string[] {
    return ["nestingLevel", "rowCount", "headerRowCount"];
  }

  protected override readScalar(model: FakeTable, name: string): unknown {
    if (name === "nestingLevel") return this.doc.cellPath(model.parentCell).length + 1;
    if (name === "rowCount") return this.doc.rowCount(model);
    if (name === "headerRowCount") return model.headerRowCount;
    return super.readScalar(model, name);
  }

  protected override navigationNamed(name: string): FakeObject<unknown> | null {
    if (name === "parentTableCellOrNullObject")
      return this.parentTableCellOrNullObject as FakeObject<unknown>;
    if (name === "parentTableCell") return this.parentTableCell as FakeObject<unknown>;
    return null;
  }
}

// --- content controls ----------------------------------------------------------------------------

export class FakeContentControlProxy extends FakeObject<FakeContentControl> {
  constructor(
    context: FakeRequestContext,
    resolver: () => FakeContentControl | null,
    orNull: boolean,
    cache: boolean,
  ) {
    super(context, "ContentControl", resolver, orNull, cache);
  }

  get id(): number {
    return this.read("id");
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(tag: string) {
    this.queueWrite("tag", () => {
      this.resolve().tag = tag;
      recordWrite(this.context, { kind: "set-control-tag", text: tag });
    });
  }
  get title(): string {
    return this.read("title");
  }
  set title(title: string) {
    this.queueWrite("title", () => {
      this.resolve().title = title;
      recordWrite(this.context, { kind: "set-control-title", text: title });
    });
  }
  get placeholderText(): string {
    return this.read("placeholderText");
  }
  get text(): string {
    return this.read("text");
  }
  get cannotEdit(): boolean {
    return this.read("cannotEdit");
  }

  insertParagraph(text: string, location: "Start" | "End" | "Before" | "After"): FakeParagraphProxy {
    const produced = new Produced<FakeParagraph>();
    this.queueWrite(`insertParagraph(${location})`, () => {
      const control = this.resolve();
      const paragraphs = this.doc.paragraphsOfControl(control);
      const neighbour =
        location === "Start" || location === "Before" ? paragraphs[0] : paragraphs[paragraphs.length - 1];
      if (!neighbour) throw itemNotFound("ContentControl (no paragraphs)");
      const inside = location === "Start" || location === "End";
      if (inside) this.context.assertEditable(neighbour, "ContentControl.insertParagraph");
      const paragraph = this.doc.createParagraph({
        runs: text ? [{ text, bold: false }] : [],
        styleBuiltIn: neighbour.styleBuiltIn,
        style: neighbour.style,
        cell: neighbour.cell,
        contentControl: inside ? control : null,
      });
      const index = this.doc.indexOf(neighbour) + (location === "End" || location === "After" ? 1 : 0);
      this.doc.insertAt(index, [produced.set(paragraph)]);
      recordWrite(this.context, {
        kind: "insert-paragraph",
        paragraph: index,
        text,
        detail: `control ${location}`,
      });
    });
    return new FakeParagraphProxy(this.context, () => produced.get("Paragraph"), false, true);
  }

  getRange(location: string = "Whole"): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const paragraphs = this.doc.paragraphsOfControl(this.resolve());
        const first = paragraphs[0];
        const last = paragraphs[paragraphs.length - 1];
        if (!first || !last) throw itemNotFound("ContentControl (no paragraphs)");
        return rangeAt(this.doc.wholeParagraphRange(first, last), location);
      },
      true,
    );
  }

  protected override scalarNames(): string[] {
    return ["id", "tag", "title", "placeholderText", "text", "cannotEdit"];
  }

  protected override readScalar(model: FakeContentControl, name: string): unknown {
    switch (name) {
      case "id":
        return model.id;
      case "tag":
        return model.tag;
      case "title":
        return model.title;
      case "placeholderText":
        return model.placeholderText;
      case "text":
        return this.doc.controlText(model);
      case "cannotEdit":
        return model.cannotEdit;
      default:
        return super.readScalar(model, name);
    }
  }
}

export class FakeContentControlCollection extends FakeCollection<
  FakeContentControl,
  FakeContentControlProxy
> {
  constructor(context: FakeRequestContext, resolver: () => FakeContentControl[]) {
    super(
      context,
      "ContentControlCollection",
      resolver,
      (model) => new FakeContentControlProxy(context, () => model, false, true),
    );
  }
}

// --- ranges --------------------------------------------------------------------------------------

export interface FakeSearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  matchWholeWord?: boolean;
}

function rangeAt(range: FakeRangeModel, location: string): FakeRangeModel {
  switch (location) {
    case "Whole":
    case "Content":
      return range;
    case "Start":
    case "Before":
      return { start: range.start, end: range.start };
    case "End":
    case "After":
      return { start: range.end, end: range.end };
    default:
      throw invalidArgument("getRange", `Unknown range location '${location}'.`);
  }
}

export class FakeRange extends FakeObject<FakeRangeModel> {
  constructor(context: FakeRequestContext, resolver: () => FakeRangeModel | null, cache: boolean) {
    super(context, "Range", resolver, false, cache);
  }

  get text(): string {
    return this.read("text");
  }
  get isEmpty(): boolean {
    return this.read("isEmpty");
  }
  get font(): FakeFont {
    return this.navigation("font", () => new FakeFont(this.context, () => this.resolveNullable()));
  }
  get paragraphs(): FakeParagraphCollection {
    return this.navigation(
      "paragraphs",
      () => new FakeParagraphCollection(this.context, () => this.doc.paragraphsInRange(this.resolve())),
    );
  }

  getRange(location: string = "Whole"): FakeRange {
    return new FakeRange(this.context, () => rangeAt(this.resolve(), location), true);
  }

  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const a = this.resolve();
        const b = other.resolve();
        return {
          start: this.doc.comparePos(a.start, b.start) <= 0 ? a.start : b.start,
          end: this.doc.comparePos(a.end, b.end) >= 0 ? a.end : b.end,
        };
      },
      true,
    );
  }

  compareLocationWith(other: FakeRange): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.queueRead("compareLocationWith", () => {
      result.settle(compareRanges(this.doc, this.resolve(), other.resolve()));
    });
    return result;
  }

  insertText(text: string, location: "Replace" | "Start" | "End" | "Before" | "After"): FakeRange {
    const produced = new Produced<FakeRangeModel>();
    this.queueWrite(`insertText(${location})`, () => {
      const range = this.resolve();
      this.context.assertEditable(range.start.para, "Range.insertText");
      let result: FakeRangeModel;
      if (location === "Replace") {
        if (range.start.para !== range.end.para) {
          throw new FakeWordError("NotImplemented", "The fake replaces text within one paragraph only.");
        }
        result = this.doc.replaceText(range.start.para, range.start.offset, range.end.offset, text);
      } else {
        const at: FakePos = location === "Start" || location === "Before" ? range.start : range.end;
        result = this.doc.insertTextAt(at.para, at.offset, text);
      }
      produced.set(result);
      recordWrite(this.context, {
        kind: location === "Replace" ? "replace-text" : "insert-text",
        paragraph: this.doc.indexOf(range.start.para),
        text,
        detail: location,
      });
    });
    return new FakeRange(this.context, () => produced.get("Range"), true);
  }

  delete(): void {
    this.queueWrite("delete", () => {
      const range = this.resolve();
      this.context.assertEditable(range.start.para, "Range.delete");
      if (range.start.para !== range.end.para) {
        throw new FakeWordError("NotImplemented", "The fake deletes text within one paragraph only.");
      }
      this.doc.replaceText(range.start.para, range.start.offset, range.end.offset, "");
      recordWrite(this.context, {
        kind: "replace-text",
        paragraph: this.doc.indexOf(range.start.para),
        text: "",
      });
    });
  }

  insertContentControl(type?: string): FakeContentControlProxy {
    const produced = new Produced<FakeContentControl>();
    this.queueWrite("insertContentControl", () => {
      if (type !== undefined && type !== "RichText") {
        throw new FakeWordError(
          "NotImplemented",
          `The fake inserts rich-text content controls only, not '${type}'.`,
        );
      }
      const range = this.resolve();
      const paragraphs = this.doc.paragraphsInRange(range);
      for (const paragraph of paragraphs)
        this.context.assertEditable(paragraph, "Range.insertContentControl");
      const control = produced.set(this.doc.createContentControl({}));
      for (const paragraph of paragraphs) paragraph.contentControl = control;
      recordWrite(this.context, {
        kind: "insert-content-control",
        paragraph: this.doc.indexOf(range.start.para),
        detail: `${paragraphs.length} paragraphs`,
      });
    });
    return new FakeContentControlProxy(this.context, () => produced.get("ContentControl"), false, true);
  }

  insertComment(text: string): FakeCommentProxy {
    this.queueWrite(
      "insertComment",
      () => {
        const range = this.resolve();
        const comment = {
          text,
          startParagraph: this.doc.indexOf(range.start.para),
          endParagraph: this.doc.indexOf(range.end.para),
          rangeText: this.doc.rangeText(range),
        };
        this.doc.comments.push(comment);
        recordWrite(this.context, { kind: "insert-comment", paragraph: comment.startParagraph, text });
      },
      "1.4",
    );
    return new FakeCommentProxy(this.context, () => null);
  }

  select(): void {
    this.queueRead("select", () => {
      this.doc.selection = this.resolve();
    });
  }

  search(text: string, options?: FakeSearchOptions): FakeRangeCollection {
    return searchCollection(this.context, () => this.resolveNullable(), text, options);
  }

  protected override scalarNames(): string[] {
    return ["text", "isEmpty"];
  }

  protected override readScalar(model: FakeRangeModel, name: string): unknown {
    if (name === "text") return this.doc.rangeText(model);
    if (name === "isEmpty") return this.doc.rangeText(model).length === 0;
    return super.readScalar(model, name);
  }

  protected override navigationNamed(name: string): FakeObject<unknown> | null {
    if (name === "font") return this.font as FakeObject<unknown>;
    if (name === "paragraphs") return this.paragraphs as FakeObject<unknown>;
    return null;
  }
}

export class FakeRangeCollection extends FakeCollection<FakeRangeModel, FakeRange> {
  constructor(context: FakeRequestContext, resolver: () => FakeRangeModel[]) {
    super(context, "RangeCollection", resolver, (model) => new FakeRange(context, () => model, true));
  }

  getFirst(): FakeRange {
    return this.first(false);
  }

  getFirstOrNullObject(): FakeRange {
    return this.first(true);
  }

  protected override makeItemFrom(resolver: () => FakeRangeModel | null): FakeRange {
    return new FakeRange(this.context, resolver, true);
  }
}

/** A comment: its text can be read and changed, and it can be deleted (WordApi 1.4). */
export class FakeCommentProxy extends FakeObject<FakeComment> {
  constructor(context: FakeRequestContext, resolver: () => FakeComment | null = () => null) {
    super(context, "Comment", resolver, true, true);
  }

  get content(): string {
    return this.read<string>("content");
  }

  set content(text: string) {
    this.queueWrite("content", () => {
      const comment = this.resolve();
      comment.text = text;
      recordWrite(this.context, { kind: "set-comment", paragraph: comment.startParagraph, text });
    });
  }

  delete(): void {
    this.queueWrite("delete", () => {
      const comment = this.resolve();
      this.doc.comments = this.doc.comments.filter((other) => other !== comment);
      recordWrite(this.context, { kind: "delete-comment", paragraph: comment.startParagraph });
    });
  }

  protected override scalarNames(): string[] {
    return ["content", "authorName"];
  }

  protected override readScalar(model: FakeComment, name: string): unknown {
    if (name === "content") return model.text;
    // Word names the signed-in user, never the add-in.
    if (name === "authorName") return "Gebruiker";
    return super.readScalar(model, name);
  }
}

export class FakeCommentCollection extends FakeCollection<FakeComment, FakeCommentProxy> {
  constructor(context: FakeRequestContext) {
    super(
      context,
      "CommentCollection",
      () => [...context.model.comments],
      (model) => new FakeCommentProxy(context, () => model),
    );
  }
}

function compareRanges(doc: FakeDocumentModel, a: FakeRangeModel, b: FakeRangeModel): string {
  const startVsStart = doc.comparePos(a.start, b.start);
  const endVsEnd = doc.comparePos(a.end, b.end);
  if (startVsStart === 0 && endVsEnd === 0) return "Equal";
  if (doc.comparePos(a.end, b.start) < 0) return "Before";
  if (doc.comparePos(a.start, b.end) > 0) return "After";
  if (startVsStart <= 0 && endVsEnd >= 0) return "Contains";
  if (startVsStart >= 0 && endVsEnd <= 0) return "Inside";
  return startVsStart < 0 ? "OverlapsBefore" : "OverlapsAfter";
}

/** Word's search syntax without wildcards: "^^" is a caret, "^t" a tab, "^l" a manual line break. */
function unescapeSearch(text: string): string {
  let result = "";
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char !== "^") {
      result += char;
      continue;
    }
    const next = text[i + 1];
    i += 1;
    if (next === "^") result += "^";
    else if (next === "t") result += "\t";
    else if (next === "l") result += "\u000b";
    else throw invalidArgument("search", `The fake does not model the search code '^${next ?? ""}'.`);
  }
  return result;
}

function searchCollection(
  context: FakeRequestContext,
  scope: () => FakeRangeModel | null,
  text: string,
  options: FakeSearchOptions | undefined,
): FakeRangeCollection {
  let cached: FakeRangeModel[] | null = null;
  return new FakeRangeCollection(context, () => {
    if (cached) return cached;
    if (text.length === 0 || text.length > WORD_SEARCH_LIMIT) {
      throw new FakeWordError(
        "SearchStringInvalidOrTooLong",
        "The search string is empty or longer than 255 characters.",
      );
    }
    const range = scope();
    if (!range) throw itemNotFound("Range");
    cached = searchRange(context.model, range, text, options ?? {});
    return cached;
  });
}

function searchRange(
  doc: FakeDocumentModel,
  range: FakeRangeModel,
  text: string,
  options: FakeSearchOptions,
): FakeRangeModel[] {
  const results: FakeRangeModel[] = [];
  const paragraphs = doc.paragraphsInRange(range);
  paragraphs.forEach((paragraph, i) => {
    const full = textOf(paragraph);
    const from = i === 0 ? range.start.offset : 0;
    const to = i === paragraphs.length - 1 ? range.end.offset : full.length;
    if (options.matchWildcards) {
      if (text !== "?") throw invalidArgument("search", "The fake supports only the wildcard pattern '?'.");
      for (let offset = from; offset < to; offset += 1) {
        results.push({ start: { para: paragraph, offset }, end: { para: paragraph, offset: offset + 1 } });
      }
      return;
    }
    const needle = unescapeSearch(text);
    const haystack = full.slice(0, to);
    const compare = options.matchCase ? (s: string) => s : (s: string) => s.toLocaleLowerCase("nl");
    const target = compare(needle);
    let offset = from;
    while (offset + needle.length <= haystack.length) {
      if (compare(haystack.slice(offset, offset + needle.length)) === target) {
        results.push({
          start: { para: paragraph, offset },
          end: { para: paragraph, offset: offset + needle.length },
        });
        offset += needle.length;
      } else {
        offset += 1;
      }
    }
  });
  return results;
}

function splitParagraph(
  paragraph: FakeParagraph,
  delimiters: string[],
  trimDelimiters: boolean,
  trimSpacing: boolean,
): FakeRangeModel[] {
  const text = textOf(paragraph);
  const pieces: [number, number][] = [];
  let start = 0;
  let offset = 0;
  while (offset < text.length) {
    const delimiter = delimiters.find(
      (candidate) => candidate.length > 0 && text.startsWith(candidate, offset),
    );
    if (delimiter) {
      pieces.push([start, trimDelimiters ? offset : offset + delimiter.length]);
      offset += delimiter.length;
      start = offset;
    } else {
      offset += 1;
    }
  }
  if (start < text.length) pieces.push([start, text.length]);
  return pieces
    .map(([from, to]) => {
      if (!trimSpacing) return [from, to] as const;
      let a = from;
      let b = to;
      while (a < b && /\s/.test(text[a] ?? "")) a += 1;
      while (b > a && /\s/.test(text[b - 1] ?? "")) b -= 1;
      return [a, b] as const;
    })
    .filter(([from, to]) => to > from)
    .map(([from, to]) => ({
      start: { para: paragraph, offset: from },
      end: { para: paragraph, offset: to },
    }));
}

// --- settings ------------------------------------------------------------------------------------

export class FakeSettingCollection extends FakeObject<Map<string, string>> {
  constructor(context: FakeRequestContext) {
    super(context, "SettingCollection", () => context.model.settings, false, false);
  }

  add(key: string, value: unknown): FakeSetting {
    this.queueWrite(
      "add",
      () => {
        if (value === undefined) throw invalidArgument("SettingCollection.add", "A setting needs a value.");
        this.resolve().set(key, JSON.stringify(value));
        recordWrite(this.context, { kind: "set-setting", text: key, detail: JSON.stringify(value) });
      },
      "1.4",
    );
    return new FakeSetting(this.context, key, false);
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, true);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, key, false);
  }

  override load(spec?: LoadSpec): this {
    this.context.enqueue({
      kind: "read",
      what: "SettingCollection.load",
      requires: "1.4",
      run: () => this.applyLoad(parseLoad(spec)),
    });
    return this;
  }
}

export class FakeSetting extends FakeObject<string> {
  constructor(
    context: FakeRequestContext,
    private readonly settingKey: string,
    orNull: boolean,
  ) {
    super(
      context,
      "Setting",
      () => (context.model.settings.has(settingKey) ? settingKey : null),
      orNull,
      false,
    );
  }

  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }

  override load(spec?: LoadSpec): this {
    this.context.enqueue({
      kind: "read",
      what: "Setting.load",
      requires: "1.4",
      run: () => this.applyLoad(parseLoad(spec)),
    });
    return this;
  }

  delete(): void {
    this.queueWrite(
      "delete",
      () => {
        this.doc.settings.delete(this.settingKey);
        recordWrite(this.context, { kind: "delete-setting", text: this.settingKey });
      },
      "1.4",
    );
  }

  protected override scalarNames(): string[] {
    return ["key", "value"];
  }

  protected override readScalar(model: string, name: string): unknown {
    if (name === "key") return model;
    if (name === "value") return JSON.parse(this.doc.settings.get(model) ?? "null") as unknown;
    return super.readScalar(model, name);
  }
}
