import Holidays from 'date-holidays';
import pkg from 'date-holidays/package.json' with { type: 'json' };

export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2040;

/** Days on which Dutch schools may close, as date-holidays (NL) lists them: types public and school. */
export function publicHolidayTable() {
  const nl = new Holidays('NL');
  const days: { date: string; name: string; type: 'public' | 'school' }[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const h of nl.getHolidays(year)) {
      if (h.type !== 'public' && h.type !== 'school') continue;
      days.push({ date: h.date.slice(0, 10), name: h.name, type: h.type });
    }
  }
  return {
    source: `date-holidays ${pkg.version} (NL), types public and school`,
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    days,
  };
}
