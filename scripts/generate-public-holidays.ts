/**
 * Writes lib/calendar/data/public-holidays-nl.json from the `date-holidays` package.
 * The extension ships this small table instead of the library (800 KB of world data plus
 * astronomy code); test/calendar/public-holidays.test.ts fails when the two drift apart.
 *   npm run generate:holidays
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publicHolidayTable } from './public-holidays-source.ts';

const target = fileURLToPath(new URL('../lib/calendar/data/public-holidays-nl.json', import.meta.url));
writeFileSync(target, JSON.stringify(publicHolidayTable(), null, 1) + '\n');
console.log(`geschreven: ${target}`);
