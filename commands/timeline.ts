import { z } from "zod";
import { parseTimelineQuery } from "../src/timeline/filterTimeline.js";
import { timeline, type TimelineResult } from "../src/timeline/timeline.js";
import type { CommandDefinition } from "./definition.js";

const DATE_HINT = "a date such as 2024, 2024-04, April 2024 or 2024-04-01";

const input = z
  .object({
    topic: z
      .string()
      .trim()
      .max(100, "The topic is too long: keep it under 100 characters.")
      .optional(),
    from: z.string().trim().max(40, `from: write ${DATE_HINT}.`).optional(),
    to: z.string().trim().max(40, `to: write ${DATE_HINT}.`).optional(),
    show: z.string().trim().max(20, "show: write all or strongest.").optional(),
  })
  .transform((query, ctx) => {
    const parsed = parseTimelineQuery(query);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return { filter: parsed.value, query };
  });

/**
 * `/timeline [topic] [from] [to] [show]`: the dated events the articles report, oldest first,
 * cited; the strongest when there are many, every one with `show: all`.
 */
export const timelineCommand = {
  name: "timeline",
  description: "The dated events the articles report, oldest first, each cited.",
  options: [
    {
      name: "topic",
      description: "Words the event must match, e.g. recognition",
      required: false,
      maxLength: 100,
      positional: true,
    },
    {
      name: "from",
      description: "Earliest date: 2024, 2024-04, April 2024 or 2024-04-01",
      required: false,
      maxLength: 40,
    },
    {
      name: "to",
      description: "Latest date: 2024, 2024-04, April 2024 or 2024-04-01",
      required: false,
      maxLength: 40,
    },
    {
      name: "show",
      description: "all: every matching event; strongest (default): the most significant when many",
      required: false,
      maxLength: 20,
    },
  ],
  input,
  defer: true,
  run: (knowledge, { filter, query }) => timeline(knowledge, filter, query),
} as const satisfies CommandDefinition<z.infer<typeof input>, TimelineResult>;
