import { z } from "zod";

/**
 * The shape the snapshot's extras file must have to be used (see `snapshot.ts`). A file that is
 * readable but not this shape (an extras file of `{}`, a hand edit) is not used: events and
 * speakers are extracted again instead. Objects are loose, so a field added by newer code does
 * not make an older check fail; what the loaders read is checked. (The main file, read at every
 * start, is checked without copying by `checkStoredSnapshot`.)
 */
const count = z.number().int().nonnegative();
const text = z.string();
const nullableText = z.string().nullable();

const source = z.looseObject({ articleId: text, paragraph: count });

/** The extras file: the merged timeline events and the speaker directory's entries. */
export const snapshotExtrasSchema = z.looseObject({
  timeline: z.array(
    z.looseObject({
      date: text,
      end: nullableText,
      precision: z.enum(["day", "month", "year", "range"]),
      inferred: z.boolean(),
      text,
      sources: z.array(source.extend({ terms: z.array(text) })),
    }),
  ),
  speakers: z.array(
    z.looseObject({
      id: text,
      name: text,
      kind: text,
      role: nullableText,
      roles: z.array(text),
      aliases: z.array(text),
      quotes: z.array(z.looseObject({ text, sources: z.array(source) })),
      mentions: z.array(source),
    }),
  ),
});
