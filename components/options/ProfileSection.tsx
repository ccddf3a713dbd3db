import { useEffect, useState } from 'react';
import { ALL_REGIONS } from '@/lib/regions';
import { resolveSettings, type SettingsInput } from '@/lib/settings';
import { storedSettings, updateStoredSettings, type StoredSettings } from '@/components/settings';
import { withPolicy, type ManagedSettings, type PolicyKey } from '@/lib/policy';
import { ManagedNote, useManaged } from './managed';
import { useText } from '@/components/useText';

type Path = readonly [section: 'school' | 'melder' | 'privacy', key: string];

interface FieldDef {
  path: Path;
  /** The policy key that can set this field (POLICY.md). */
  policy: PolicyKey;
  type?: 'text' | 'email' | 'tel' | 'number';
}

const PROFILE: FieldDef[] = [
  { path: ['school', 'name'], policy: 'schoolnaam' },
  { path: ['school', 'brin'], policy: 'brin' },
  { path: ['school', 'leslocatie'], policy: 'leslocatie' },
  { path: ['school', 'samenwerkingsverband'], policy: 'samenwerkingsverband' },
  { path: ['melder', 'naam'], policy: 'melder' },
  { path: ['melder', 'functie'], policy: 'melder' },
  { path: ['melder', 'telefoon'], policy: 'melder', type: 'tel' },
  { path: ['melder', 'email'], policy: 'melder', type: 'email' },
  { path: ['privacy', 'retentionMonths'], policy: 'bewaartermijnMaanden', type: 'number' },
];

/** Whether the policy set this very field (a melder policy may name only some of the melder's fields). */
function isManaged(f: FieldDef, managed: ManagedSettings): boolean {
  if (!managed.keys.has(f.policy)) return false;
  return (managed.settings[f.path[0]] as Record<string, unknown> | undefined)?.[f.path[1]] !== undefined;
}

/** The school profile and the melder: what every melding needs. Validated as a whole before it is saved. */
export function ProfileSection() {
  const [settings, setSettings] = useState<StoredSettings | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const managed = useManaged();
  const t = useText().profile;

  useEffect(() => {
    void storedSettings().then((s) => {
      setSettings(s);
      // What the policy sets is shown; the school's own values stay stored underneath.
      const resolved = resolveSettings(withPolicy(s, managed) as SettingsInput);
      setValues(Object.fromEntries(PROFILE.map((f) => [f.path.join('.'), String((resolved[f.path[0]] as Record<string, unknown>)[f.path[1]] ?? '')])));
    });
  }, [managed]);
  if (!settings) return null;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const result = await updateStoredSettings((current) => {
      const next: StoredSettings = { ...current, school: { ...current.school }, melder: { ...current.melder }, privacy: { ...current.privacy } };
      for (const f of PROFILE) {
        if (isManaged(f, managed)) continue; // set by policy: never written over the school's own value
        const raw = values[f.path.join('.')] ?? '';
        const section = next[f.path[0]] as Record<string, unknown>;
        section[f.path[1]] = f.type === 'number' ? (raw.trim() === '' ? undefined : Number(raw)) : raw.trim();
      }
      return next;
    });
    if (result.ok) setSettings(result.settings);
    setMessage(result.ok ? { ok: true, text: t.saved } : { ok: false, text: t.notSaved(result.message) });
  }

  return (
    <section aria-labelledby="profiel">
      <h2 id="profiel">{t.title}</h2>
      <p className="muted">
        {t.intro}{' '}
        {ALL_REGIONS.find((p) => p.id === (withPolicy(settings, managed).preset ?? 'landelijk'))?.name}.
      </p>
      <form className="stack" onSubmit={(e) => void save(e)} noValidate>
        {PROFILE.map((f) => {
          const id = `profile-${f.path.join('-')}`;
          const locked = isManaged(f, managed);
          return (
            <div className="field" key={id}>
              <label htmlFor={id}>{t.fields[f.path.join('.')]}</label>
              <input
                id={id}
                type={f.type ?? 'text'}
                value={values[f.path.join('.')] ?? ''}
                onChange={(e) => setValues({ ...values, [f.path.join('.')]: e.target.value })}
                readOnly={locked}
                data-managed={locked ? 'true' : undefined}
                aria-describedby={locked ? `${id}-managed` : undefined}
              />
              {locked && (
                <span id={`${id}-managed`}>
                  <ManagedNote />
                </span>
              )}
              {t.hints[f.path.join('.')] && <span className="muted">{t.hints[f.path.join('.')]}</span>}
            </div>
          );
        })}
        <button type="submit" data-testid="ts-profile-save">
          {t.save}
        </button>
      </form>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'} data-testid="ts-profile-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
