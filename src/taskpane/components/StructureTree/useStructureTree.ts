import type { TreeItemValue, TreeOpenChangeData } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { useStrings } from "../../i18n";
import { useSelection, useSession } from "../../session/SessionContext";
import { buildStructure, findPath, type StructureNode } from "./build-structure";

const NO_NODES: StructureNode[] = [];

/** Sections with content start open; deeper levels open when the user asks or the selection lands there. */
function initiallyOpen(nodes: readonly StructureNode[]): Set<TreeItemValue> {
  return new Set(
    nodes.filter((node) => node.children.length > 0 && node.kind === "section").map((node) => node.id),
  );
}

/**
 * The Structuur pane's state: the tree built from the analysis, which branches are open, and the node that
 * matches the user's selection in the document (its ancestors open so it can be seen).
 */
export function useStructureTree() {
  const session = useSession();
  const strings = useStrings();
  const { analysis, snapshot, language } = session;
  const selection = useSelection();
  const nodes = useMemo(
    () => (analysis && snapshot ? buildStructure(analysis, snapshot, strings, language) : NO_NODES),
    [analysis, snapshot, strings, language],
  );
  const [open, setOpen] = useState<Set<TreeItemValue>>(() => initiallyOpen(nodes));
  const [seenNodes, setSeenNodes] = useState(nodes);
  const path = useMemo(() => (selection ? findPath(nodes, selection.start) : []), [nodes, selection]);
  const [seenPath, setSeenPath] = useState<string[]>([]);

  // Adjusting state while rendering (React's pattern for "state that follows a prop"): a new document opens
  // its sections, a new selection opens the branches above it.
  if (seenNodes !== nodes) {
    setSeenNodes(nodes);
    if (seenNodes.length === 0) setOpen(initiallyOpen(nodes));
  }
  if (path.join("/") !== seenPath.join("/")) {
    setSeenPath(path);
    if (path.length > 1) setOpen((current) => new Set([...current, ...path.slice(0, -1)]));
  }

  const currentId = path[path.length - 1] ?? null;
  const currentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [currentId]);

  return {
    nodes,
    open,
    currentId,
    currentRef,
    onOpenChange: (_event: unknown, data: TreeOpenChangeData) => setOpen(new Set(data.openItems)),
    reveal: (node: StructureNode) => void session.reveal(node.location),
  };
}
