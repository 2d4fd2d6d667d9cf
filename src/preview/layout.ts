/**
 * Below this width the document and the pane do not fit side by side (the pane needs 330 px; the page, with
 * a table of three columns like seed 000's, about 570): they take turns, switched from the toolbar, and the
 * page gets narrower margins.
 */
export const NARROW_QUERY = "(max-width: 899.98px)";
export const NARROW = `@media ${NARROW_QUERY}`;
