import { mergeClasses } from "@fluentui/react-components";
import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Location } from "../../core/common";
import type { DocumentSnapshot } from "../../core/snapshot/schema";
import type { DocumentComment } from "../../hosts/docx/docx-host";
import { formatString, useStrings } from "../../taskpane/i18n";
import { groupBlocks, type ParagraphPart } from "./document-model";
import { useDocumentViewStyles } from "./DocumentView.styles";

export interface DocumentViewProps {
  snapshot: DocumentSnapshot;
  /** The document's comments: each shown as a note under the last paragraph it is about. */
  comments?: readonly DocumentComment[];
  /** What "Ga naar" pointed at last. */
  revealed: Location | null;
  /** What the last insert added (marked until the next change). */
  inserted: readonly Location[];
  onSelect(location: Location): void;
}

const covers = (location: Location, index: number) => index >= location.start && index <= location.end;

/**
 * The document as readable text and tables, built from the snapshot as React elements (never as HTML from
 * the document). Each paragraph carries its block index, so "Ga naar" can scroll to it and mark it.
 */
export function DocumentView({ snapshot, comments = [], revealed, inserted, onSelect }: DocumentViewProps) {
  const strings = useStrings();
  const styles = useDocumentViewStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => groupBlocks(snapshot), [snapshot]);
  const notes = useMemo(() => {
    const byBlock = new Map<number, DocumentComment[]>();
    for (const comment of comments) {
      if (!comment.location) continue;
      const list = byBlock.get(comment.location.end) ?? [];
      list.push(comment);
      byBlock.set(comment.location.end, list);
    }
    return byBlock;
  }, [comments]);
  const commented = (index: number) =>
    comments.some((comment) => comment.location !== null && covers(comment.location, index));

  function renderNotes(index: number) {
    return (notes.get(index) ?? []).map((comment, position) => (
      <aside
        key={`note-${index}-${position}`}
        role="note"
        className={styles.note}
        aria-label={
          comment.author
            ? formatString(strings.previewCommentBy, { author: comment.author })
            : strings.previewCommentAnonymous
        }
      >
        <span className={styles.noteAuthor}>{comment.author ?? strings.previewCommentAnonymous}</span>
        <span className={styles.noteText}>{comment.text}</span>
      </aside>
    ));
  }

  useEffect(() => {
    const target = revealed ?? inserted[0];
    if (!target) return;
    const element = scroller.current?.querySelector<HTMLElement>(`[data-block="${target.start}"]`);
    const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? true;
    element?.scrollIntoView?.({ block: "center", behavior: reduced ? "auto" : "smooth" });
  }, [revealed, inserted]);

  function renderParagraph({ index, block }: ParagraphPart) {
    const level = block.headingLevel;
    const headingClass =
      block.style.builtIn === "Title"
        ? styles.title
        : level === 1
          ? styles.heading1
          : level === 2
            ? styles.heading2
            : level !== null
              ? styles.heading3
              : undefined;
    const className = mergeClasses(
      styles.paragraph,
      headingClass,
      block.bold && styles.bold,
      block.list !== null && styles.listItem,
      block.contentControl !== null && styles.contentControl,
      commented(index) && styles.commented,
      inserted.some((location) => covers(location, index)) && styles.inserted,
      revealed !== null && covers(revealed, index) && styles.revealed,
    );
    const prefix = !block.bold && block.boldPrefix > 0 ? block.boldPrefix : 0;
    const text =
      prefix > 0 ? (
        <>
          <strong>{block.text.slice(0, prefix)}</strong>
          {block.text.slice(prefix)}
        </>
      ) : (
        block.text
      );
    const paragraph = (
      <p
        key={index}
        id={`block-${index}`}
        data-block={index}
        data-revealed={revealed && covers(revealed, index) ? "true" : undefined}
        className={className}
        style={block.list ? { paddingInlineStart: `${block.list.level * 1.5}em` } : undefined}
        onClick={() => onSelect({ start: index, end: index })}
      >
        {block.list ? (
          <>
            <span className={styles.marker} aria-hidden>
              {block.list.label ?? (block.list.ordered ? "1." : "•")}
            </span>
            <span>{text}</span>
          </>
        ) : (
          text
        )}
      </p>
    );
    if (!notes.has(index)) return paragraph;
    return (
      <Fragment key={index}>
        {paragraph}
        {renderNotes(index)}
      </Fragment>
    );
  }

  return (
    // Focusable, so keyboard users can scroll the document too.
    <div
      ref={scroller}
      className={styles.scroller}
      role="region"
      tabIndex={0}
      aria-label={formatString(strings.previewDocumentLabel, {
        name: snapshot.source.name ?? strings.previewUntitled,
      })}
    >
      <article className={styles.page}>
        {snapshot.blocks.every((block) => block.text.trim() === "") && (
          <p className={mergeClasses(styles.paragraph, styles.empty)}>{strings.previewDocumentEmpty}</p>
        )}
        {parts.map((part) =>
          part.kind === "paragraph" ? (
            renderParagraph(part)
          ) : (
            <TableScroller
              key={`table-${part.table}-${part.rows[0]?.[0]?.paragraphs[0]?.index ?? 0}`}
              className={styles.tableScroller}
            >
              <table className={styles.table}>
                <tbody>
                  {part.rows.map((row, rowIndex) => (
                    <tr key={rowIndex}>
                      {row.map((cell) => (
                        <td key={cell.column} colSpan={cell.columnSpan} className={styles.cell}>
                          {cell.paragraphs.map(renderParagraph)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
          ),
        )}
      </article>
    </div>
  );
}

/**
 * Holds a table; when the table is wider than the page it scrolls sideways, and then it can take focus so a
 * keyboard can scroll it too (only then: a table that fits is no extra tab stop).
 */
function TableScroller({ className, children }: { className: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setOverflowing(element.scrollWidth > element.clientWidth + 1));
    observer.observe(element);
    // The table itself grows when a row is inserted.
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={className} tabIndex={overflowing ? 0 : undefined}>
      {children}
    </div>
  );
}
