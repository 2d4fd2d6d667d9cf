import { z } from "zod";
import { LibrarySchema, StandardTextsSchema } from "./library-schema";
import { TemplateSchema } from "./template-schema";

/** JSON Schema documents for the data files, generated from the zod schemas (the single source). */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, title: string) => ({ ...z.toJSONSchema(schema, { io: "input" }), title });
  return {
    "template.schema.json": make(TemplateSchema, "Profielwijzer-sjabloon"),
    "library.schema.json": make(LibrarySchema, "Profielwijzer-competentiebibliotheek"),
    "standard-texts.schema.json": make(StandardTextsSchema, "Profielwijzer-standaardteksten"),
  };
}
