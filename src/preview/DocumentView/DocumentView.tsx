import { mergeClasses } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Location } from "../../core/common";
import type { DocumentSnapshot } from "../../core/snapshot/schema";
import { formatString, useStrings } from "../../taskpane/i18n";
import { groupBlocks, type ParagraphPart } from "./document-model";
import { useDocumentViewStyles } from "./DocumentView.styles";

export interface DocumentViewProps {
  snapshot: DocumentSnapshot;
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
export function DocumentView({ snapshot, revealed, inserted, onSelect }: DocumentViewProps) {
  const strings = useStrings();
  const styles = useDocumentViewStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => groupBlocks(snapshot), [snapshot]);

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
    return (
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
