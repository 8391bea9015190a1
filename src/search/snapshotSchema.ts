import { z } from "zod";

/**
 * The shape a snapshot file must have to be loaded (see `snapshot.ts`). A file that is valid
 * JSON but not this shape (a field set to null, an extras file of `{}`, a hand edit) is not
 * loaded: the knowledge is rebuilt from the corpus instead. Objects are loose, so a field added
 * by newer code does not make an older check fail; what the loaders read is checked.
 */
const count = z.number().int().nonnegative();
const text = z.string();
const nullableText = z.string().nullable();

const storedArticle = z.looseObject({
  id: text,
  path: text,
  title: text,
  published: nullableText,
  source: nullableText,
  url: nullableText,
  paragraphs: z.array(
    z.looseObject({
      number: count,
      text,
      sentences: z.array(z.tuple([count, count])),
    }),
  ),
});
const problem = z.looseObject({ path: text, reason: text });

/** The main snapshot file: the cleaned corpus, each passage's terms, the index and statistics. */
export const storedSnapshotSchema = z.looseObject({
  key: text,
  /** Checksum of the extras file, checked when it is read. */
  extrasChecksum: text,
  corpus: z.looseObject({
    articles: z.array(storedArticle),
    cleaning: z.array(z.looseObject({ articleId: text })),
    problems: z.array(problem),
    warnings: z.array(problem),
  }),
  passageTerms: z.array(text),
  // MiniSearch's own JSON: its loader reads these fields.
  index: z.looseObject({
    documentCount: count,
    nextId: count,
    documentIds: z.record(z.string(), z.unknown()),
    fieldIds: z.record(z.string(), z.number()),
    fieldLength: z.record(z.string(), z.array(z.number())),
    averageFieldLength: z.array(z.number()),
    storedFields: z.record(z.string(), z.unknown()),
    index: z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())])),
    serializationVersion: z.number(),
  }),
  stats: z.looseObject({
    sentences: count,
    terms: z.array(z.tuple([text, count])),
    families: z.array(z.tuple([text, count])),
    passages: count,
    passageTerms: count,
    // Per capitalised term: sentences capitalising it anywhere, and inside the sentence.
    capitalized: z.array(z.tuple([text, count, count])),
  }),
});

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
