import { describe, expect, it } from 'vitest';
import table from '../../lib/calendar/data/public-holidays-nl.json' with { type: 'json' };
import { publicHolidayTable } from '../../scripts/public-holidays-source.ts';

describe('public holidays table', () => {
  it('is exactly what date-holidays says for NL (regenerate with npm run generate:holidays)', () => {
    expect(table).toEqual(publicHolidayTable());
  });

  it('holds the 2026 school-closing days', () => {
    const names2026 = table.days.filter((d) => d.date.startsWith('2026')).map((d) => `${d.date} ${d.name}`);
    expect(names2026).toContain('2026-04-27 Koningsdag');
    expect(names2026).toContain('2026-05-05 Bevrijdingsdag');
    expect(names2026).toContain('2026-04-03 Goede Vrijdag');
  });
});
