import { useEffect, useState } from 'react';
import { CATEGORIES, GEOORLOOFD } from '@/lib/vocabulary';
import { resolveSettings, SOURCES, type ReasonCode, type SettingsInput } from '@/lib/settings';
import { storedSettings, updateStoredSettings, type StoredSettings } from '@/components/settings';
import { withPolicy } from '@/lib/policy';
import { ManagedNote, useManaged } from './managed';
import { formatDate } from '@/lib/format';
import { useText } from '@/components/useText';

/** Each threshold Options shows; its label is in lib/i18n (rules.fields), its source in lib/settings.ts. */
interface RuleField {
  rule: string;
  key: string;
  source: string;
}

const RULES: RuleField[] = [
  { rule: 'thuiszitter', key: 'weeks', source: SOURCES.thuiszitter },
  { rule: 'dreigend', key: 'weeks', source: SOURCES.dreigend },
  { rule: 'dreigend', key: 'patternDays', source: SOURCES.dreigend },
  { rule: 'meldplicht', key: 'hours', source: SOURCES.meldplicht },
  { rule: 'meldplicht', key: 'weeks', source: SOURCES.meldplicht },
  { rule: 'meldplicht', key: 'deadlineWerkdagen', source: SOURCES.meldplicht },
  { rule: 'mazl', key: 'reports', source: SOURCES.mazl },
  { rule: 'mazl', key: 'windowWeeks', source: SOURCES.mazl },
  { rule: 'mazl', key: 'consecutiveDays', source: SOURCES.mazl },
  { rule: 'inspectie', key: 'longMonths', source: SOURCES.inspectie },
];

type Rules = Record<string, Record<string, unknown>>;

/** Thresholds and the thuiszitter definition, with their sourced defaults, the reason-code table and the school's own days. */
export function RulesSection() {
  const [settings, setSettings] = useState<StoredSettings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [code, setCode] = useState<ReasonCode>({ code: '' });
  const [day, setDay] = useState({ date: '', name: 'studiedag' });
  const managed = useManaged();
  const t = useText().rules;

  useEffect(() => {
    void storedSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  const rules = (settings.rules ?? {}) as Rules;
  const defaults = resolveSettings({ preset: withPolicy(settings, managed).preset } as SettingsInput).rules as unknown as Rules;

  async function store(change: (current: StoredSettings) => StoredSettings, text = t.saved) {
    const result = await updateStoredSettings(change);
    if (result.ok) setSettings(result.settings);
    setMessage(result.ok ? { ok: true, text } : { ok: false, text: t.notSaved(result.message) });
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
        <h2 id="regels">{t.title}</h2>
        <p className="muted">{t.intro}</p>
        {RULES.map((f) => {
          const id = `rule-${f.rule}-${f.key}`;
          const value = rules[f.rule]?.[f.key];
          return (
            <div className="field" key={id}>
              <label htmlFor={id}>{t.fields[`${f.rule}.${f.key}`]}</label>
              <input id={id} type="number" min={1} value={value === undefined ? '' : String(value)} placeholder={String(defaults[f.rule]?.[f.key] ?? t.half)} onChange={(e) => setRule(f.rule, f.key, e.target.value)} />
              <details>
                <summary>{t.source}</summary>
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
          <label htmlFor="rule-geoorloofd">{t.countGeoorloofd}</label>
        </div>
        <button type="button" className="secondary" onClick={() => void store((current) => ({ ...current, rules: {} }), t.resetDone)} data-testid="ts-rules-reset">
          {t.reset}
        </button>
      </section>

      <section aria-labelledby="codes">
        <h2 id="codes">{t.codes}</h2>
        <p className="muted">{t.codesIntro}</p>
        {codesLocked && (
          <p data-testid="ts-codes-managed">
            <ManagedNote />
          </p>
        )}
        {codes.length > 0 && (
          <table data-managed={codesLocked ? 'true' : undefined}>
            <thead>
              <tr>
                <th>{t.code}</th>
                <th>{t.description}</th>
                <th>{t.geoorloofd}</th>
                <th>{t.kind}</th>
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
                      <button type="button" className="secondary" onClick={() => void store((current) => ({ ...current, school: { ...current.school, reasonCodes: (current.school?.reasonCodes ?? []).filter((x) => x.code !== c.code) } }))} aria-label={t.removeCode(c.code)}>
                        {t.remove}
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
          <label htmlFor="code-code">{t.code}</label>
          <input id="code-code" value={code.code} onChange={(e) => setCode({ ...code, code: e.target.value })} />
          <label htmlFor="code-desc">{t.description}</label>
          <input id="code-desc" value={code.description ?? ''} onChange={(e) => setCode({ ...code, description: e.target.value })} />
          <label htmlFor="code-geoorloofd">{t.geoorloofd}</label>
          <select id="code-geoorloofd" value={code.geoorloofd ?? ''} onChange={(e) => setCode({ ...code, geoorloofd: (e.target.value || undefined) as ReasonCode['geoorloofd'] })}>
            <option value="">{t.unknown}</option>
            {GEOORLOOFD.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
          <label htmlFor="code-category">{t.kind}</label>
          <select id="code-category" value={code.category ?? ''} onChange={(e) => setCode({ ...code, category: (e.target.value || undefined) as ReasonCode['category'] })}>
            <option value="">{t.unknown}</option>
            {CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              const others = (current: StoredSettings) => (current.school?.reasonCodes ?? []).filter((x) => x.code.toLowerCase() !== code.code.trim().toLowerCase());
              void store((current) => ({ ...current, school: { ...current.school, reasonCodes: [...others(current), code] } }), t.codeSaved(code.code));
              setCode({ code: '' });
            }}
          >
            {t.addCode}
          </button>
        </div>
        )}
      </section>

      <section aria-labelledby="kalender">
        <h2 id="kalender">{t.days}</h2>
        <p className="muted">{t.daysIntro}</p>
        <ul>
          {days.map((d) => (
            <li key={d.date}>
              {formatDate(d.date)} {d.name}{' '}
              <button type="button" className="secondary" onClick={() => void store((current) => ({ ...current, calendar: { ...current.calendar, vrijeDagen: (current.calendar?.vrijeDagen ?? []).filter((x) => x.date !== d.date) } }))}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
        <div className="row-form">
          <label htmlFor="day-date">{t.date}</label>
          <input id="day-date" type="date" value={day.date} onChange={(e) => setDay({ ...day, date: e.target.value })} />
          <label htmlFor="day-name">{t.name}</label>
          <input id="day-name" value={day.name} onChange={(e) => setDay({ ...day, name: e.target.value })} />
          <button type="button" onClick={() => void store((current) => ({ ...current, calendar: { ...current.calendar, vrijeDagen: [...(current.calendar?.vrijeDagen ?? []).filter((x) => x.date !== day.date), day] } }), t.daySaved)}>
            {t.addDay}
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
