import { useEffect, useMemo, useState } from 'react';
import { todayIso } from '@/lib/calendar/days';
import { SchoolCalendar } from '@/lib/calendar/schoolCalendar';
import { CASE_DATES, caseDateLabel, caseTerms, currentMeldDeadline, moveCase, PHASES, regionProcess, type FollowedCase, type Phase } from '@/lib/cases';
import { formatDate, signalTitle } from '@/lib/explain';
import type { MeldingDraft } from '@/lib/meldingen/record';
import { type Settings } from '@/lib/settings';
import { isRegionId, regionById } from '@/lib/regions';
import { db } from '@/components/store/db';
import { addLog, saveCase } from '@/components/store/repo';
import { currentSettings } from '@/components/settings';
import { seenPupils } from '@/components/store/data';
import type { FlaggedPupil } from '@/lib/overview';
import { useSaved } from './useSaved';
import { refreshBadge } from './refreshBadge';
import { useText } from '@/components/useText';
import { MadeMeldingen } from './MadeMeldingen';

/** A followed case: its phase in the region's protocol, the terms and deadlines, who to inform, the checklist and notes. */
export function CasePage({ id }: { id: string }) {
  const [c, setCase] = useState<FollowedCase | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [drafts, setDrafts] = useState<MeldingDraft[]>([]);
  const [seen, setSeen] = useState<FlaggedPupil[]>([]);
  const { saved, markSaved } = useSaved();
  const today = todayIso();

  useEffect(() => {
    void db().cases.get(id).then((found) => {
      setCase(found ?? null);
      if (found) void db().drafts.where('pupilId').equals(found.pupilId).toArray().then(setDrafts);
    });
    void currentSettings().then(setSettings);
    // The pupil's current signals (pages seen this session): the DUO deadline the sidebar shows.
    void seenPupils().then(setSeen);
  }, [id]);
  const calendar = useMemo(() => (settings ? new SchoolCalendar(settings.calendar) : null), [settings]);
  const text = useText();
  const tx = text.case;

  if (c === undefined || !calendar) return <p>{tx.loading}</p>;
  if (c === null) return <p className="alert" role="alert">{tx.missing}</p>;

  const process = regionProcess(c.presetId);
  const terms = caseTerms(c, calendar, today, currentMeldDeadline(seen.find((p) => p.id === c.pupilId)?.signals));
  const overdue = terms.filter((t) => t.overdue);
  const save = (next: FollowedCase) => {
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    setCase(stamped);
    void saveCase(stamped).then(() => {
      markSaved();
      refreshBadge();
    });
  };
  const toPhase = (phase: Phase) => {
    const next = moveCase(c, phase, today, new Date().toISOString());
    save(next);
    void addLog('zaak-fase', `Fase: ${process.phaseNames[phase]}`, c.pupilId);
  };
  const toggle = (list: 'informed' | 'checklist', item: string, on: boolean) => {
    const items = on ? [...c[list], item] : c[list].filter((x) => x !== item);
    const dates = list === 'informed' && process.inform.every((x) => items.includes(x)) && !c.dates.informed ? { ...c.dates, informed: today } : c.dates;
    save({ ...c, [list]: items, dates });
  };
  const index = PHASES.indexOf(c.phase);

  return (
    <article data-testid="ts-case" data-phase={c.phase} data-overdue={overdue.length > 0}>
      <h1>
        {tx.title(c.pupilName)}
        {c.group ? ` (${c.group})` : ''}
      </h1>
      <p className="muted">
        {tx.since(signalTitle(c.signalKind, text.lang), formatDate(c.since), formatDate(c.openedOn), isRegionId(c.presetId) ? regionById(c.presetId).name : c.presetId)}{' '}
        <span role="status">{saved ? tx.saved : ''}</span>
      </p>
      {overdue.length > 0 && (
        <div className="alert" role="alert" data-testid="ts-case-overdue">
          <strong>{tx.overdue}</strong> {overdue.map((t) => t.label).join('; ')}.<br />
          <strong>{tx.escalate}</strong> {process.escalation}
        </div>
      )}
      <h2 id="fase">{tx.phase}</h2>
      <ol className="phases" aria-labelledby="fase">
        {PHASES.map((phase) => (
          <li key={phase} aria-current={phase === c.phase ? 'step' : undefined}>
            {process.phaseNames[phase]}
          </li>
        ))}
      </ol>
      <div className="actions">
        {index > 0 && c.phase !== 'afgesloten' && (
          <button type="button" className="secondary" onClick={() => toPhase(PHASES[index - 1]!)}>
            {tx.back(process.phaseNames[PHASES[index - 1]!])}
          </button>
        )}
        {index < PHASES.length - 2 && (
          <button type="button" onClick={() => toPhase(PHASES[index + 1]!)} data-testid="ts-case-next">
            {tx.forward(process.phaseNames[PHASES[index + 1]!])}
          </button>
        )}
        {c.phase !== 'afgesloten' ? (
          <button type="button" className="danger" onClick={() => toPhase('afgesloten')}>
            {tx.close}
          </button>
        ) : (
          <button type="button" className="secondary" onClick={() => toPhase('oplossing')}>
            {tx.reopen}
          </button>
        )}
      </div>
      {c.closedOn && settings && (
        <p className="muted">
          {tx.closed(formatDate(c.closedOn), settings.privacy.retentionMonths)}
        </p>
      )}

      <h2>{tx.terms}</h2>
      <table data-testid="ts-case-terms">
        <thead>
          <tr>
            <th>{tx.columns.term}</th>
            <th>{tx.columns.due}</th>
            <th>{tx.columns.state}</th>
            <th>{tx.columns.source}</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.id} data-term={t.id} data-overdue={t.overdue}>
              <td>{t.label}</td>
              <td>{t.due ? formatDate(t.due) : '—'}</td>
              <td className={t.overdue ? 'overdue' : undefined}>
                {t.doneOn ? tx.doneOn(formatDate(t.doneOn)) : t.overdue ? tx.passed : t.due ? tx.open : tx.waitingFor(t.waitingFor ?? '')}
              </td>
              <td className="muted">{t.source}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{tx.dates}</h2>
      {CASE_DATES.map((key) => (
        <div className="field inline" key={key}>
          <label htmlFor={`date-${key}`} style={{ minWidth: 320 }}>
            {caseDateLabel(key)}
          </label>
          <input
            id={`date-${key}`}
            type="date"
            value={c.dates[key] ?? ''}
            max={today}
            onChange={(e) => save({ ...c, dates: { ...c.dates, [key]: e.target.value || undefined } })}
          />
        </div>
      ))}

      <h2>{tx.inform}</h2>
      <div className="checks">
        {process.inform.map((who) => (
          <label key={who}>
            <input type="checkbox" checked={c.informed.includes(who)} onChange={(e) => toggle('informed', who, e.target.checked)} /> {who}
          </label>
        ))}
      </div>

      {process.checklist.length > 0 && (
        <>
          <h2>{tx.checklist}</h2>
          <div className="checks">
            {process.checklist.map((item) => (
              <label key={item}>
                <input type="checkbox" checked={c.checklist.includes(item)} onChange={(e) => toggle('checklist', item, e.target.checked)} /> {item}
              </label>
            ))}
          </div>
        </>
      )}

      <h2>{tx.escalation}</h2>
      <p>{process.escalation}</p>
      <p className="muted">{tx.source(process.source)}</p>

      <h2>{tx.meldingen}</h2>
      {drafts.length === 0 ? (
        <p className="muted">{tx.noMeldingen}</p>
      ) : (
        <ul>
          {drafts.map((d) => (
            <li key={d.id}>
              <a href={`#/melding/${d.id}`}>{text.fill.titles[d.kind]}</a> <span className="muted">{tx.draftOf(formatDate(d.createdAt.slice(0, 10)))}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{tx.made}</h3>
      <MadeMeldingen pupilId={c.pupilId} />

      <h2>
        <label htmlFor="notes">{tx.notes}</label>
      </h2>
      <textarea id="notes" style={{ width: '100%', minHeight: 120 }} maxLength={10_000} value={c.notes} onChange={(e) => save({ ...c, notes: e.target.value })} />
    </article>
  );
}
