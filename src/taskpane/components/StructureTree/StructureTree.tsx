import {
  Body1,
  Caption1,
  Tree,
  TreeItem,
  TreeItemLayout,
  mergeClasses,
  type TreeItemValue,
} from "@fluentui/react-components";
import {
  DocumentRegular,
  PersonStarRegular,
  QuestionCircleRegular,
  SignatureRegular,
  TableRegular,
  TargetArrowRegular,
  TaskListLtrRegular,
  TextBulletListLtrRegular,
  TextHeader2Regular,
  TextQuoteRegular,
  TextboxRegular,
  WarningRegular,
} from "@fluentui/react-icons";
import type { MouseEvent, ReactElement, RefObject } from "react";
import { formatString, useStrings } from "../../i18n";
import type { StructureKind, StructureNode } from "./build-structure";
import { useStructureTreeStyles } from "./StructureTree.styles";
import { useStructureTree } from "./useStructureTree";

const icons: Readonly<Record<StructureKind, ReactElement>> = {
  title: <TextHeader2Regular />,
  section: <DocumentRegular />,
  area: <TargetArrowRegular />,
  group: <TextBulletListLtrRegular />,
  task: <TaskListLtrRegular />,
  indicator: <TargetArrowRegular />,
  description: <TextQuoteRegular />,
  competency: <PersonStarRegular />,
  behaviour: <TextBulletListLtrRegular />,
  field: <TextboxRegular />,
  item: <TextBulletListLtrRegular />,
  row: <TableRegular />,
  party: <SignatureRegular />,
  unplaced: <QuestionCircleRegular />,
};

/** Structuur: the profile as a tree; every node goes to its place in the document. */
export function StructureTree() {
  const strings = useStrings();
  const styles = useStructureTreeStyles();
  const tree = useStructureTree();

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.intro}>
        {strings.structureIntro}
      </Body1>
      <Tree
        className={styles.tree}
        aria-label={strings.structureLabel}
        size="small"
        openItems={tree.open}
        onOpenChange={tree.onOpenChange}
      >
        {tree.nodes.map((node) => (
          <StructureItem
            key={node.id}
            node={node}
            open={tree.open}
            currentId={tree.currentId}
            currentRef={tree.currentRef}
            onReveal={tree.reveal}
          />
        ))}
      </Tree>
    </div>
  );
}

interface StructureItemProps {
  node: StructureNode;
  open: ReadonlySet<TreeItemValue>;
  currentId: string | null;
  currentRef: RefObject<HTMLDivElement | null>;
  onReveal(node: StructureNode): void;
}

function StructureItem({ node, open, currentId, currentRef, onReveal }: StructureItemProps) {
  const strings = useStrings();
  const styles = useStructureTreeStyles();
  const branch = node.children.length > 0;
  const current = node.id === currentId;

  function handleClick(event: MouseEvent<HTMLDivElement>) {
    // Clicks bubble up from nested items; only the item that was clicked goes to its place.
    if ((event.target as HTMLElement).closest('[role="treeitem"]') !== event.currentTarget) return;
    onReveal(node);
  }

  return (
    <TreeItem
      itemType={branch ? "branch" : "leaf"}
      value={node.id}
      onClick={handleClick}
      aria-current={current ? "location" : undefined}
      ref={current ? currentRef : undefined}
    >
      <TreeItemLayout
        className={mergeClasses(styles.layout, current && styles.current)}
        iconBefore={{
          className: mergeClasses(styles.icon, node.placeholder && styles.placeholder),
          children: node.placeholder ? (
            <WarningRegular aria-label={strings.structurePlaceholder} />
          ) : (
            icons[node.kind]
          ),
        }}
        main={{ className: styles.main }}
      >
        <span className={node.kind === "section" ? styles.section : undefined}>{node.label}</span>
        {node.detail && (
          <Caption1 className={styles.detail}>
            {node.kind === "group"
              ? formatString(strings.structureGroupCount, { count: node.detail })
              : node.detail}
          </Caption1>
        )}
      </TreeItemLayout>
      {branch && open.has(node.id) && (
        <Tree>
          {node.children.map((child) => (
            <StructureItem
              key={child.id}
              node={child}
              open={open}
              currentId={currentId}
              currentRef={currentRef}
              onReveal={onReveal}
            />
          ))}
        </Tree>
      )}
    </TreeItem>
  );
}
