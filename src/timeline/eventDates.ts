import { intervalOf, isCalendarDate } from "./calendar.js";
import type { CalendarDate, DateMention, Precision } from "./types.js";

/** Where an event sits on the calendar, and the words that said so. */
export interface EventDate {
  readonly date: CalendarDate;
  readonly end: CalendarDate | null;
  readonly precision: Precision;
  readonly inferred: boolean;
  /** Span of the expression (both ends for a range) in the text searched. */
  readonly start: number;
  readonly stop: number;
}

/** Words that join the two ends of a range: "from 1996 to 2001", "1996-2001", "between … and". */
const RANGE_JOIN = /^\s*(?:-|–|—|to|until|till|through|thru)\s*$/iu;
/**
 * Mentions that point at a period named elsewhere ("the year", "the quarter") place nothing on
 * a timeline by themselves.
 */
const ANAPHORIC = /^the\s+(?:(?:full|current|fiscal|latest|recent)\s+)*(?:year|quarter|period)$/iu;

/**
 * The dates a sentence places on the calendar: day, month and year values, decades (as ranges)
 * and pairs of dates joined into ranges. Weeks, quarters, seasons and "now"-like references
 * are left out: they have no place at `YYYY[-MM[-DD]]` precision.
 */
export function eventDates(text: string, mentions: readonly DateMention[]): EventDate[] {
  const out: EventDate[] = [];
  const usable = mentions.filter(
    (m) => (isCalendarDate(m.value) || /^\d{3}$/u.test(m.value)) && !ANAPHORIC.test(m.text),
  );
  for (let i = 0; i < usable.length; i++) {
    const m = usable[i]!;
    const next = usable[i + 1];
    if (
      next &&
      isCalendarDate(m.value) &&
      isCalendarDate(next.value) &&
      joinsRange(text, m, next)
    ) {
      out.push({
        date: m.value,
        end: next.value,
        precision: "range",
        inferred: m.inferred || next.inferred,
        start: m.start,
        stop: next.end,
      });
      i++;
      continue;
    }
    if (/^\d{3}$/u.test(m.value)) {
      out.push({
        date: `${m.value}0`,
        end: `${m.value}9`,
        precision: "range",
        inferred: m.inferred,
        start: m.start,
        stop: m.end,
      });
      continue;
    }
    const precision = m.value.length === 4 ? "year" : m.value.length === 7 ? "month" : "day";
    out.push({
      date: m.value,
      end: null,
      precision,
      inferred: m.inferred,
      start: m.start,
      stop: m.end,
    });
  }
  return out;
}

function joinsRange(text: string, a: DateMention, b: DateMention): boolean {
  // A range runs forward; "2001 to 1996" is two dates, not a range.
  if (intervalOf(a.value).first >= intervalOf(b.value).first) return false;
  const between = text.slice(a.end, b.start);
  if (RANGE_JOIN.test(between)) return true;
  return (
    /^\s*and\s*$/iu.test(between) &&
    /\bbetween\s+$/iu.test(text.slice(Math.max(0, a.start - 12), a.start))
  );
}
