/** How dates and hours are written for people (nl default, en). One place, so every screen says the same. */
import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { dayToDate, isoToDay, type IsoDate } from './calendar/days.ts';

export type Lang = 'nl' | 'en';

/** 5-10-2026: a date for people to read (sidebar, pages, explanations). */
export function formatDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** 05-10-2026: the fixed dd-mm-jjjj a form's date field and an export cell expect (DUO, Excel). */
export function formDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** 5 okt */
export function formatShortDate(iso: IsoDate, lang: Lang): string {
  return format(dayToDate(isoToDay(iso)), 'd MMM', { locale: lang === 'nl' ? nl : enGB }).replace(/\.$/, '');
}

/** "18 klokuren", "16 lesuren", "2,5 klokuren" */
export function formatHours(hours: number, unit: 'klokuur' | 'lesuur', lang: Lang): string {
  const n = Number.isInteger(hours) ? String(hours) : hours.toFixed(1).replace('.', lang === 'nl' ? ',' : '.');
  if (lang === 'en') return `${n} ${unit === 'lesuur' ? 'lessons' : 'clock hours'}`;
  return `${n} ${unit === 'lesuur' ? 'lesuren' : 'klokuren'}`;
}
