import { useEffect, useMemo, useState } from 'react';
import { todayIso } from '@/lib/calendar/days';
import { SchoolCalendar } from '@/lib/calendar/schoolCalendar';
import { caseView, regionProcess, type FollowedCase } from '@/lib/cases';
import { formatDate, signalTitle } from '@/lib/explain';
import { MELDING_TITLES, type MeldingDraft } from '@/lib/meldingen/record';
import type { Settings } from '@/lib/settings';
import { db } from '@/components/store/db';
import { currentSettings } from '@/components/settings';

/** The coordinator's overview: followed cases with their next deadline, and the melding drafts. */
export function Overview() {
  const [cases, setCases] = useState<FollowedCase[]>([]);
  const [drafts, setDrafts] = useState<MeldingDraft[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void db().cases.toArray().then(setCases);
    void db().drafts.orderBy('updatedAt').reverse().toArray().then(setDrafts);
    void currentSettings().then(setSettings);
  }, []);
  const calendar = useMemo(() => (settings ? new SchoolCalendar(settings.calendar) : null), [settings]);
  const today = todayIso();
  return (
    <>
      <h1>Thuiszitter-signaal — overzicht</h1>
      <h2>Gevolgde zaken</h2>
      {cases.length === 0 ? (
        <p className="muted">Nog geen zaken. Klik "Volgen" bij een leerling in de zijbalk.</p>
      ) : (
        <table data-testid="ts-cases">
          <thead>
            <tr>
              <th>Leerling</th>
              <th>Signaal</th>
              <th>Fase</th>
              <th>Volgende termijn</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => {
              const view = calendar ? caseView(c, calendar, today) : null;
              return (
                <tr key={c.id} data-testid="ts-case-row" data-pupil={c.pupilId} data-overdue={!!view && view.overdue.length > 0}>
                  <td>
                    <a href={`#/zaak/${c.id}`}>{c.pupilName}</a> {c.group && <span className="muted">{c.group}</span>}
                  </td>
                  <td>
                    {signalTitle(c.signalKind)} <span className="muted">sinds {formatDate(c.since)}</span>
                  </td>
                  <td>{regionProcess(c.presetId).phaseNames[c.phase]}</td>
                  <td className={view?.next?.overdue ? 'overdue' : undefined}>{view?.next ? `${view.next.label}: ${formatDate(view.next.due)}${view.next.overdue ? ' (verlopen)' : ''}` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>Meldingen</h2>
      {drafts.length === 0 ? (
        <p className="muted">Nog geen meldingen.</p>
      ) : (
        <ul>
          {drafts.map((d) => (
            <li key={d.id}>
              <a href={`#/melding/${d.id}`}>
                {MELDING_TITLES[d.kind]} — {d.pupilName}
              </a>{' '}
              <span className="muted">bijgewerkt {formatDate(d.updatedAt.slice(0, 10))}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
