/**
 * How settings stored by an earlier version become today's (components/storage.ts runs these through
 * WXT's versioned storage items). Plain object work, no schema library: it also runs in the page script.
 *
 * Version 1 (until the schooltijden per weekday): `school.lessonsPerDay`, `school.lessonMinutes`,
 * `school.dayMinutes` and `school.dayStart` held one timetable for every weekday, and
 * `rules.lookbackWeeks` how long a signal stayed listed. Version 1 stored zod's defaults along with what
 * the school set (lessonMinutes 50, dayMinutes 300, dayStart 08:30), so those cannot tell a choice from
 * a default: only `lessonsPerDay` (which had no default) is carried over, as lesuren per weekday with the
 * stored lesduur; a day's start and length are not (a primary school's day is never guessed: Options
 * asks for the schooltijden). `lookbackWeeks` became `visibleWeeks`.
 */
const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function settingsV1toV2(value: unknown): unknown {
  if (!isObject(value)) return value;
  const next: Record<string, unknown> = { ...value };
  if (isObject(value.school)) {
    const { lessonsPerDay, lessonMinutes, dayMinutes: _dayMinutes, dayStart: _dayStart, ...school } = value.school;
    if (typeof lessonsPerDay === 'number' && school.schooltijden === undefined) {
      const day = { lessons: lessonsPerDay, ...(typeof lessonMinutes === 'number' ? { lessonMinutes } : {}) };
      school.schooltijden = Object.fromEntries(WEEKDAYS.map((d) => [d, { ...day }]));
    }
    next.school = school;
  }
  if (isObject(value.rules) && 'lookbackWeeks' in value.rules) {
    const { lookbackWeeks, ...rules } = value.rules;
    next.rules = rules.visibleWeeks === undefined ? { ...rules, visibleWeeks: lookbackWeeks } : rules;
  }
  return next;
}
