import type { Ignore } from "../../src/core/findings/schema";

/** An ignore as a list kept before reasons were asked reads: the id, no reason, no date. */
export const ignoreOf = (id: string): Ignore => ({ id, reason: null, note: "", at: null });
