import { useEffect, useState } from 'react';
import { storedSettings, updateStoredSettings } from '@/components/settings';
import { ManagedNote, useManaged } from './managed';
import { useText } from '@/components/useText';
import { DEFAULT_LESSON_MINUTES, DEFAULT_LESSONS, schooltijdenSchema, WEEKDAY_NAMES, WEEKDAYS, type Schooltijden, type WeekdayKey } from '@/lib/rules/timetable';

type Row = { start: string; end: string; lessons: string; lessonMinutes: string };
type Rows = Record<WeekdayKey, Row>;
type Override = { groups: string; day: WeekdayKey; start: string; end: string };


function toRows(s: Partial<Schooltijden> | undefined): Rows {
  const rows = {} as Rows;
  for (const d of WEEKDAYS) {
    const day = s?.[d];
    rows[d] = { start: day?.start ?? '', end: day?.end ?? '', lessons: day?.lessons?.toString() ?? '', lessonMinutes: day?.lessonMinutes?.toString() ?? '' };
  }
  return rows;
}

function toOverride(s: Partial<Schooltijden> | undefined): Override {
  const first = s?.afwijkend?.[0];
  const day = first ? (WEEKDAYS.find((d) => first.days[d]) ?? 'vr') : 'vr';
  return { groups: first ? first.groups.join(',') : '', day, start: first?.days[day]?.start ?? '', end: first?.days[day]?.end ?? '' };
}

/** "1-4" or "1,2,3,4" → [1, 2, 3, 4]; undefined when it is not a list of groups 1 to 8. */
function parseGroups(text: string): number[] | undefined {
  const out: number[] = [];
  for (const part of text.split(/[,\s]+/).filter(Boolean)) {
    const range = /^(\d)\s*(?:-|t\/m)\s*(\d)$/.exec(part);
    if (range) for (let g = Number(range[1]); g <= Number(range[2]); g++) out.push(g);
    else if (/^\d$/.test(part)) out.push(Number(part));
    else return undefined;
  }
  return out.length > 0 && out.every((g) => g >= 1 && g <= 8) ? out : undefined;
}

/**
 * The school's timetable per weekday: what a whole day is and what an hour of absence is worth.
 * Test contract: [data-testid="ts-schooltijden"], rows [data-day="ma"] … with inputs [data-field="start"],
 * [data-field="end"], [data-field="lessons"], [data-field="lessonMinutes"], saved by [data-testid="ts-save-schooltijden"].
 */
export function TimetableSection() {
  const [rows, setRows] = useState<Rows>(() => toRows(undefined));
  const [override, setOverride] = useState<Override>({ groups: '', day: 'vr', start: '', end: '' });
  const [schoolType, setSchoolType] = useState<string | undefined>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const managed = useManaged();
  const text = useText();
  const t = text.timetable;
  const locked = managed.keys.has('schooltijden');
  // Set by policy: every field shows the policy's times, read-only.
  const lock = locked ? { disabled: true, 'data-managed': 'true' } : {};

  useEffect(() => {
    void storedSettings().then((s) => {
      const times = locked ? managed.settings.school?.schooltijden : s.school?.schooltijden;
      setRows(toRows(times));
      setOverride(toOverride(times));
      setSchoolType(managed.settings.school?.schoolType ?? s.school?.schoolType);
    });
  }, [managed, locked]);

  function set(day: WeekdayKey, field: keyof Row, value: string) {
    setRows((current) => ({ ...current, [day]: { ...current[day], [field]: value } }));
    setMessage(null);
  }

  function copyMonday() {
    setRows((current) => {
      const next = { ...current };
      for (const d of WEEKDAYS) if (d !== 'ma' && d !== 'wo') next[d] = { ...current.ma };
      return next;
    });
  }

  async function save() {
    const raw: Record<string, unknown> = {};
    for (const d of WEEKDAYS) {
      const r = rows[d];
      const day: Record<string, unknown> = {};
      if (r.start) day.start = r.start;
      if (r.end) day.end = r.end;
      if (r.lessons) day.lessons = Number(r.lessons);
      if (r.lessonMinutes) day.lessonMinutes = Number(r.lessonMinutes);
      if (Object.keys(day).length > 0) raw[d] = day;
    }
    if (override.groups.trim()) {
      const groups = parseGroups(override.groups);
      if (!groups) {
        setMessage({ ok: false, text: t.badGroups });
        return;
      }
      raw.afwijkend = [{ groups, days: { [override.day]: { start: override.start || undefined, end: override.end || undefined } } }];
    }
    const parsed = schooltijdenSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const day = WEEKDAYS.find((d) => d === issue.path[0]);
      setMessage({ ok: false, text: t.notSaved(`${day ? `${WEEKDAY_NAMES[day][text.lang]}: ` : ''}${issue.message}`) });
      return;
    }
    const empty = WEEKDAYS.every((d) => !raw[d]) && !raw.afwijkend;
    const result = await updateStoredSettings((current) => ({ ...current, school: { ...current.school, schooltijden: empty ? undefined : parsed.data } }));
    setMessage(result.ok ? { ok: true, text: t.saved } : { ok: false, text: t.notSaved(result.message) });
  }

  const po = schoolType === undefined || schoolType === 'po';
  return (
    <section aria-labelledby="schooltijden" data-testid="ts-schooltijden">
      <h2 id="schooltijden">{t.title}</h2>
      <p className="muted">{t.intro(DEFAULT_LESSONS, DEFAULT_LESSON_MINUTES, po)}</p>
      {locked && (
        <p data-testid="ts-schooltijden-managed">
          <ManagedNote />
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t.day}</th>
            <th scope="col">{t.start}</th>
            <th scope="col">{t.end}</th>
            <th scope="col">{t.lessons}</th>
            <th scope="col">{t.lessonMinutes}</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((d) => (
            <tr key={d} data-day={d}>
              <th scope="row">{WEEKDAY_NAMES[d][text.lang]}</th>
              <td>
                <input {...lock} type="time" data-field="start" aria-label={`${t.start} ${WEEKDAY_NAMES[d][text.lang]}`} value={rows[d].start} onChange={(e) => set(d, 'start', e.target.value)} />
              </td>
              <td>
                <input {...lock} type="time" data-field="end" aria-label={`${t.end} ${WEEKDAY_NAMES[d][text.lang]}`} value={rows[d].end} onChange={(e) => set(d, 'end', e.target.value)} />
              </td>
              <td>
                <input {...lock} type="number" min={1} max={16} data-field="lessons" aria-label={`${t.lessons} ${WEEKDAY_NAMES[d][text.lang]}`} value={rows[d].lessons} onChange={(e) => set(d, 'lessons', e.target.value)} />
              </td>
              <td>
                <input {...lock}
                  type="number"
                  min={10}
                  max={120}
                  data-field="lessonMinutes"
                  aria-label={`${t.lessonMinutesOf} ${WEEKDAY_NAMES[d][text.lang]}`}
                  value={rows[d].lessonMinutes}
                  placeholder={po ? '' : String(DEFAULT_LESSON_MINUTES)}
                  onChange={(e) => set(d, 'lessonMinutes', e.target.value)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" className="secondary" onClick={copyMonday} disabled={locked}>
          {t.copyMonday}
        </button>
      </p>
      <fieldset className="row-form">
        <legend>{t.groupsLegend}</legend>
        <label htmlFor="tt-groups">{t.groups}</label>
        <input {...lock} id="tt-groups" value={override.groups} placeholder="1-4" onChange={(e) => setOverride({ ...override, groups: e.target.value })} />
        <label htmlFor="tt-day">{t.on}</label>
        <select {...lock} id="tt-day" value={override.day} onChange={(e) => setOverride({ ...override, day: e.target.value as WeekdayKey })}>
          {WEEKDAYS.map((d) => (
            <option key={d} value={d}>
              {WEEKDAY_NAMES[d][text.lang]}
            </option>
          ))}
        </select>
        <label htmlFor="tt-start">{t.from}</label>
        <input {...lock} id="tt-start" type="time" value={override.start} onChange={(e) => setOverride({ ...override, start: e.target.value })} />
        <label htmlFor="tt-end">{t.to}</label>
        <input {...lock} id="tt-end" type="time" value={override.end} onChange={(e) => setOverride({ ...override, end: e.target.value })} />
      </fieldset>
      <button type="button" data-testid="ts-save-schooltijden" onClick={() => void save()} disabled={locked}>
        {t.save}
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
