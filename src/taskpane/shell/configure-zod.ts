/**
 * Import this first in every browser entry. zod compiles fast parsers with `new Function` unless told not to;
 * even its guarded probe shows up as a CSP violation on our no-eval pages. Object schemas read this setting
 * when they are defined, so it must run before any module that defines a schema.
 */
import { z } from "zod";

z.config({ jitless: true });
