import { useEffect, useState } from 'react';
import type { SchoolCalendar } from '@/lib/calendar/schoolCalendar';
import { formatDate, signalTitle } from '@/lib/explain';
import type { OverviewRow } from '@/lib/overview';
import { acknowledgementSchema, unknownStatusList, worklist, type Acknowledgement } from '@/lib/worklist';
import type { MadeMelding } from '@/lib/meldingen/made';
import { useText } from '@/components/useText';
import { acknowledge, acknowledgements, madeMeldingen } from '@/components/store/repo';

/**
 * "Te doen": pupils with a signal whom nobody has acted on yet, oldest signal first; "Gezien" (with
 * who and a short note, typed here in the extension page) takes one off until new absences come in.
 * Below it, the pupils whose absences still lack a geoorloofd status.
 */
export function Worklist({ rows, calendar, today, presetId, defaultBy }: { rows: OverviewRow[]; calendar: SchoolCalendar; today: string; presetId: string; defaultBy: string }) {
  const [made, setMade] = useState<MadeMelding[]>([]);
  const [acks, setAcks] = useState<Acknowledgement[]>([]);
  const [by, setBy] = useState(defaultBy);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const text = useText();
  const t = text.worklist;

  const reload = async () => {
    setMade(await madeMeldingen());
    setAcks(await acknowledgements());
  };
  useEffect(() => {
    void reload();
  }, []);
  useEffect(() => setBy((b) => b || defaultBy), [defaultBy]);

  const items = worklist(rows, made, acks, calendar, today, presetId);
  const unknown = unknownStatusList(rows);

  async function seen(row: OverviewRow) {
    const parsed = acknowledgementSchema.safeParse({ pupilId: row.id, on: today, by, note: notes[row.id] ?? '', lastAbsence: row.lastAbsence });
    if (!parsed.success) {
      setMessage({ ok: false, text: t.notSaved(parsed.error.issues[0]?.message ?? t.invalid) });
      return;
    }
    await acknowledge(parsed.data);
    setMessage({ ok: true, text: t.seenBy(row.name || row.id, parsed.data.by) });
    await reload();
  }

  return (
    <section aria-labelledby="te-doen" data-testid="ts-todo-list">
      <h2 id="te-doen">{t.title(items.length)}</h2>
      <p className="muted">{t.intro}</p>
      <div className="filter">
        <label htmlFor="ack-by">{t.by}</label> <input id="ack-by" value={by} maxLength={100} onChange={(e) => setBy(e.target.value)} placeholder={t.byPlaceholder} />
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'alert'}>
          {message.text}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted">{t.nothing}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t.columns.pupil}</th>
              <th>{t.columns.signal}</th>
              <th>{t.columns.since}</th>
              <th>{t.columns.days}</th>
              <th>{t.columns.response}</th>
              <th>{t.columns.note}</th>
              <th>
                <span className="visually-hidden">{t.columns.action}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.row.id} data-testid="ts-todo" data-pupil={item.row.id} data-days={item.days}>
                <td>
                  {item.row.name || item.row.id} <span className="muted">{item.row.id}</span>
                  {item.newSinceSeen && <span className="overdue">{t.newSinceSeen(formatDate(item.newSinceSeen))}</span>}
                </td>
                <td>{signalTitle(item.signal.kind, text.lang)}</td>
                <td>{formatDate(item.signal.firedOn)}</td>
                <td>{item.days}</td>
                <td className="muted">{item.response}</td>
                <td>
                  <input aria-label={t.noteFor(item.row.name || item.row.id)} maxLength={500} value={notes[item.row.id] ?? ''} onChange={(e) => setNotes({ ...notes, [item.row.id]: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="secondary" data-testid="ts-ack" onClick={() => void seen(item.row)} aria-label={t.seenLabel(item.row.name || item.row.id)}>
                    {t.seen}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unknown.length > 0 && (
        <>
          <h3>{t.unknown(unknown.length)}</h3>
          <p className="muted">{t.unknownIntro}</p>
          <ul data-testid="ts-unknown-status">
            {unknown.map((u) => (
              <li key={u.row.id}>
                {u.row.name || u.row.id} <span className="muted">{u.row.id}</span>: {u.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
