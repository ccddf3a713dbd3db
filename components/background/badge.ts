/**
 * The toolbar button's badge: how many followed cases have a term past its deadline, from the
 * extension's own database (no network). Updated when the browser starts, after every page reading
 * and whenever an extension page changes a case.
 */
import { browser } from 'wxt/browser';
import { SchoolCalendar } from '@/lib/calendar/schoolCalendar';
import { todayIso } from '@/lib/calendar/days';
import { caseView } from '@/lib/cases';
import { currentSettings } from '@/components/settings';
import { db } from '@/components/store/db';

export async function updateToolbarBadge(): Promise<number> {
  const settings = await currentSettings();
  const calendar = new SchoolCalendar(settings.calendar);
  const today = todayIso();
  const open = (await db().cases.toArray()).filter((c) => !c.closedOn);
  const overdue = open.filter((c) => caseView(c, calendar, today).overdue.length > 0).length;
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: overdue > 0 ? String(overdue) : '' });
  await action.setBadgeBackgroundColor({ color: '#b3261e' });
  await action.setTitle({ title: overdue > 0 ? `Thuiszitter-signaal – ${overdue} ${overdue === 1 ? 'zaak' : 'zaken'} met een verlopen termijn` : 'Thuiszitter-signaal – overzicht' });
  return overdue;
}
