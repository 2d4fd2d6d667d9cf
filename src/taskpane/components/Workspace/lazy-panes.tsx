import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, type ReactNode } from "react";
import { useStrings } from "../../i18n";

/**
 * Structuur and Invoegen are not needed for the pane's first paint (Controle is), so they and the Fluent
 * components only they use (tree, radio, checkbox, search box) come as chunks of their own, fetched as soon
 * as the profile is read.
 */
const loadStructure = () => import("../StructureTree/StructureTree");
const loadInsert = () => import("../InsertPane/InsertPane");

export const LazyStructureTree = lazy(() =>
  loadStructure().then((module) => ({ default: module.StructureTree })),
);
export const LazyInsertPane = lazy(() => loadInsert().then((module) => ({ default: module.InsertPane })));

/** Starts fetching both panes so switching tabs does not wait. */
export function preloadPanes(): void {
  void loadStructure();
  void loadInsert();
}

export function PaneSuspense({ children }: { children: ReactNode }) {
  const strings = useStrings();
  return <Suspense fallback={<Spinner size="small" label={strings.paneLoading} />}>{children}</Suspense>;
}
