import { useEffect, useState } from 'react';
import { CATEGORIES, GEOORLOOFD } from '@/lib/vocabulary';
import { resolveSettings, SOURCES, type ReasonCode, type SettingsInput } from '@/lib/settings';
import { storedSettings, updateStoredSettings, type StoredSettings } from '@/components/settings';
import { withPolicy } from '@/lib/policy';
import { ManagedNote, useManaged } from './managed';
import { formatDate } from '@/lib/format';

interface RuleField {
  rule: string;
  key: string;
  label: string;
  source: string;
}

const RULES: RuleField[] = [
  { rule: 'thuiszitter', key: 'weeks', label: 'Thuiszitter: langer dan … lesweken aaneengesloten afwezig', source: SOURCES.thuiszitter },
  { rule: 'dreigend', key: 'weeks', label: 'Dreigend thuiszitter: … lesweken aaneengesloten (leeg: de helft van de thuiszittertermijn)', source: SOURCES.dreigend },
  { rule: 'dreigend', key: 'patternDays', label: 'Dreigend thuiszitter: … hele dagen afwezig binnen het venster', source: SOURCES.dreigend },
  { rule: 'meldplicht', key: 'hours', label: 'Meldplicht: … uur ongeoorloofd verzuim', source: SOURCES.meldplicht },
  { rule: 'meldplicht', key: 'weeks', label: 'Meldplicht: binnen … opeenvolgende lesweken', source: SOURCES.meldplicht },
  { rule: 'meldplicht', key: 'deadlineWerkdagen', label: 'Meldplicht: melden binnen … werkdagen', source: SOURCES.meldplicht },
  { rule: 'mazl', key: 'reports', label: 'MAZL: … ziekmeldingen', source: SOURCES.mazl },
  { rule: 'mazl', key: 'windowWeeks', label: 'MAZL: binnen … schoolweken', source: SOURCES.mazl },
  { rule: 'mazl', key: 'consecutiveDays', label: 'MAZL: of … schooldagen aaneengesloten ziek', source: SOURCES.mazl },
  { rule: 'inspectie', key: 'longMonths', label: 'Inspectie: langer dan … maanden', source: SOURCES.inspectie },
];

type Rules = Record<string, Record<string, unknown>>;

/** Thresholds and the thuiszitter definition, with their sourced defaults, the reason-code table and the school's own days. */
export function RulesSection() {
  const [settings, setSettings] = useState<StoredSettings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [code, setCode] = useState<ReasonCode>({ code: '' });
  const [day, setDay] = useState({ date: '', name: 'studiedag' });
  const managed = useManaged();

  useEffect(() => {
    void storedSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  const rules = (settings.rules ?? {}) as Rules;
  const defaults = resolveSettings({ preset: withPolicy(settings, managed).preset } as SettingsInput).rules as unknown as Rules;

  async function store(change: (current: StoredSettings) => StoredSettings, text = 'Opgeslagen.') {
    const result = await updateStoredSettings(change);
    if (result.ok) setSettings(result.settings);
    setMessage(result.ok ? { ok: true, text } : { ok: false, text: `Niet opgeslagen — ${result.message}` });
  }

  function setRule(rule: string, key: string, raw: string | boolean) {
    void store((current) => {
      const currentRules = (current.rules ?? {}) as Rules;
      const section = { ...(currentRules[rule] ?? {}) };
      if (raw === '') delete section[key];
      else section[key] = typeof raw === 'boolean' ? raw : Number(raw);
      return { ...current, rules: { ...currentRules, [rule]: section } };
    });
  }

  // A code table set by policy replaces the school's own and cannot be edited here.
  const codesLocked = managed.keys.has('codetabel');
  const codes = (codesLocked ? managed.settings.school?.reasonCodes : settings.school?.reasonCodes) ?? [];
  const days = settings.calendar?.vrijeDagen ?? [];

  return (
    <>
      <section aria-labelledby="regels">
        <h2 id="regels">Drempels en de definitie van thuiszitter</h2>
        <p className="muted">Leeg = de standaard van de wet of van uw regioprotocol (grijs getoond). Elk signaal noemt de bron.</p>
        {RULES.map((f) => {
          const id = `rule-${f.rule}-${f.key}`;
          const value = rules[f.rule]?.[f.key];
          return (
            <div className="field" key={id}>
              <label htmlFor={id}>{f.label}</label>
              <input id={id} type="number" min={1} value={value === undefined ? '' : String(value)} placeholder={String(defaults[f.rule]?.[f.key] ?? 'de helft')} onChange={(e) => setRule(f.rule, f.key, e.target.value)} />
              <details>
                <summary>Bron</summary>
                <p className="muted">{f.source}</p>
              </details>
            </div>
          );
        })}
        <div className="field inline">
          <input
            id="rule-geoorloofd"
            type="checkbox"
            checked={Boolean(rules.thuiszitter?.countGeoorloofd ?? defaults.thuiszitter?.countGeoorloofd)}
            onChange={(e) => setRule('thuiszitter', 'countGeoorloofd', e.target.checked)}
          />
          <label htmlFor="rule-geoorloofd">Ook geoorloofd afwezige leerlingen tellen als thuiszitter (PPO Rotterdam, Lekstroom: "niet naar school")</label>
        </div>
        <button type="button" className="secondary" onClick={() => void store((current) => ({ ...current, rules: {} }), 'Terug naar de standaard.')} data-testid="ts-rules-reset">
          Terug naar standaard
        </button>
      </section>

      <section aria-labelledby="codes">
        <h2 id="codes">Redencodes van de school</h2>
        <p className="muted">Welke code geoorloofd is en wat voor soort afwezigheid het is. Staat het al in de export, dan wint de export.</p>
        {codesLocked && (
          <p data-testid="ts-codes-managed">
            <ManagedNote />
          </p>
        )}
        {codes.length > 0 && (
          <table data-managed={codesLocked ? 'true' : undefined}>
            <thead>
              <tr>
                <th>Code</th>
                <th>Omschrijving</th>
                <th>Geoorloofd</th>
                <th>Soort</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {codes.map((c) => (
                <tr key={c.code}>
                  <td>{c.code}</td>
                  <td>{c.description}</td>
                  <td>{c.geoorloofd ?? '—'}</td>
                  <td>{c.category ?? '—'}</td>
                  <td>
                    {!codesLocked && (
                      <button type="button" className="secondary" onClick={() => void store((current) => ({ ...current, school: { ...current.school, reasonCodes: (current.school?.reasonCodes ?? []).filter((x) => x.code !== c.code) } }))} aria-label={`Code ${c.code} verwijderen`}>
                        Verwijderen
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!codesLocked && (
        <div className="row-form">
          <label htmlFor="code-code">Code</label>
          <input id="code-code" value={code.code} onChange={(e) => setCode({ ...code, code: e.target.value })} />
          <label htmlFor="code-desc">Omschrijving</label>
          <input id="code-desc" value={code.description ?? ''} onChange={(e) => setCode({ ...code, description: e.target.value })} />
          <label htmlFor="code-geoorloofd">Geoorloofd</label>
          <select id="code-geoorloofd" value={code.geoorloofd ?? ''} onChange={(e) => setCode({ ...code, geoorloofd: (e.target.value || undefined) as ReasonCode['geoorloofd'] })}>
            <option value="">onbekend</option>
            {GEOORLOOFD.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
          <label htmlFor="code-category">Soort</label>
          <select id="code-category" value={code.category ?? ''} onChange={(e) => setCode({ ...code, category: (e.target.value || undefined) as ReasonCode['category'] })}>
            <option value="">onbekend</option>
            {CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              void store((current) => ({ ...current, school: { ...current.school, reasonCodes: [...(current.school?.reasonCodes ?? []).filter((x) => x.code.toLowerCase() !== code.code.trim().toLowerCase()), code] } }), `Code ${code.code} opgeslagen.`);
              setCode({ code: '' });
            }}
          >
            Code toevoegen
          </button>
        </div>
        )}
      </section>

      <section aria-labelledby="kalender">
        <h2 id="kalender">Eigen vrije dagen</h2>
        <p className="muted">Studiedagen en andere dagen dat de school dicht is: die tellen niet mee als schooldag. De officiële schoolvakanties en feestdagen staan er al in.</p>
        <ul>
          {days.map((d) => (
            <li key={d.date}>
              {formatDate(d.date)} {d.name}{' '}
              <button type="button" className="secondary" onClick={() => void store((current) => ({ ...current, calendar: { ...current.calendar, vrijeDagen: (current.calendar?.vrijeDagen ?? []).filter((x) => x.date !== d.date) } }))}>
                Verwijderen
              </button>
            </li>
          ))}
        </ul>
        <div className="row-form">
          <label htmlFor="day-date">Datum</label>
          <input id="day-date" type="date" value={day.date} onChange={(e) => setDay({ ...day, date: e.target.value })} />
          <label htmlFor="day-name">Naam</label>
          <input id="day-name" value={day.name} onChange={(e) => setDay({ ...day, name: e.target.value })} />
          <button type="button" onClick={() => void store((current) => ({ ...current, calendar: { ...current.calendar, vrijeDagen: [...(current.calendar?.vrijeDagen ?? []).filter((x) => x.date !== day.date), day] } }), 'Vrije dag opgeslagen.')}>
            Dag toevoegen
          </button>
        </div>
      </section>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`sticky ${message.ok ? 'ok' : 'error'}`} data-testid="ts-rules-message">
          {message.text}
        </p>
      )}
    </>
  );
}
