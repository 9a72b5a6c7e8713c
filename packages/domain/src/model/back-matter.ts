import * as z from "zod";
import { InlineTextSchema } from "./text.js";

export const GlossaryEntrySchema = z
  .object({
    term: z.string().min(1),
    definition: z.string().min(1),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const GlossarySchema = z
  .object({
    heading: z.string().min(1),
    entries: z.array(GlossaryEntrySchema).min(1),
  })
  .strict();
export type Glossary = z.infer<typeof GlossarySchema>;

export const NoteSchema = z
  .object({
    label: z.string().min(1),
    text: InlineTextSchema,
  })
  .strict();
export type Note = z.infer<typeof NoteSchema>;

/** Where in the printed report a photo stands. */
export const PhotoPlaceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("inside-front-cover") }).strict(),
  z.object({ kind: z.literal("table-of-contents") }).strict(),
  z.object({ kind: z.literal("opposite-page"), page: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal("page"), page: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal("pages"), from: z.number().int().positive(), to: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal("inside-back-cover") }).strict(),
]);
export type PhotoPlace = z.infer<typeof PhotoPlaceSchema>;

export const PhotoPositionSchema = z.enum(["top", "middle", "bottom"]);
export type PhotoPosition = z.infer<typeof PhotoPositionSchema>;

export const PhotoCreditSchema = z
  .object({
    place: PhotoPlaceSchema,
    credits: z.array(z.object({ position: PhotoPositionSchema.optional(), credit: z.string().min(1) }).strict()).min(1),
  })
  .strict();
export type PhotoCredit = z.infer<typeof PhotoCreditSchema>;

/** "Inside front cover", "Page 19", "Pages 36-37", as the report prints them. */
export function formatPhotoPlace(place: PhotoPlace): string {
  switch (place.kind) {
    case "inside-front-cover":
      return "Inside front cover";
    case "table-of-contents":
      return "Table of Contents";
    case "opposite-page":
      return `Opposite Page ${place.page}`;
    case "page":
      return `Page ${place.page}`;
    case "pages":
      return `Pages ${place.from}-${place.to}`;
    case "inside-back-cover":
      return "Inside back cover";
  }
}

export function formatPhotoPosition(position: PhotoPosition): string {
  return position.charAt(0).toUpperCase() + position.slice(1);
}

export const PhotoCreditsSchema = z
  .object({
    heading: z.string().min(1),
    credits: z.array(PhotoCreditSchema).min(1),
  })
  .strict();

export const ClosingNoteSchema = z
  .object({
    heading: z.string().min(1),
    paragraphs: z.array(InlineTextSchema).min(1),
  })
  .strict();
export type ClosingNote = z.infer<typeof ClosingNoteSchema>;

export const StaffSchema = z
  .object({
    heading: z.string().min(1),
    names: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Staff = z.infer<typeof StaffSchema>;
