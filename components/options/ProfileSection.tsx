import { useEffect, useState } from 'react';
import { ALL_REGIONS } from '@/lib/regions';
import { resolveSettings, type SettingsInput } from '@/lib/settings';
import { storedSettings, updateStoredSettings, type StoredSettings } from '@/components/settings';

type Path = readonly [section: 'school' | 'melder' | 'privacy', key: string];

interface FieldDef {
  path: Path;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'number';
  hint?: string;
}

const PROFILE: FieldDef[] = [
  { path: ['school', 'name'], label: 'Naam van de school' },
  { path: ['school', 'brin'], label: 'BRIN-nummer', hint: 'Twee cijfers en twee letters, bijvoorbeeld 99XX.' },
  { path: ['school', 'leslocatie'], label: 'Naam leslocatie (zoals bij DUO bekend)' },
  { path: ['school', 'samenwerkingsverband'], label: 'Samenwerkingsverband' },
  { path: ['melder', 'naam'], label: 'Naam melder' },
  { path: ['melder', 'functie'], label: 'Functie melder' },
  { path: ['melder', 'telefoon'], label: 'Telefoonnummer melder', type: 'tel' },
  { path: ['melder', 'email'], label: 'E-mailadres melder', type: 'email' },
  { path: ['privacy', 'retentionMonths'], label: 'Bewaartermijn van afgesloten zaken (maanden)', type: 'number', hint: 'Standaard 12 maanden: één schooljaar.' },
];

/** The school profile and the melder: what every melding needs. Validated as a whole before it is saved. */
export function ProfileSection() {
  const [settings, setSettings] = useState<StoredSettings | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void storedSettings().then((s) => {
      setSettings(s);
      const resolved = resolveSettings(s as SettingsInput);
      setValues(Object.fromEntries(PROFILE.map((f) => [f.path.join('.'), String((resolved[f.path[0]] as Record<string, unknown>)[f.path[1]] ?? '')])));
    });
  }, []);
  if (!settings) return null;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const result = await updateStoredSettings((current) => {
      const next: StoredSettings = { ...current, school: { ...current.school }, melder: { ...current.melder }, privacy: { ...current.privacy } };
      for (const f of PROFILE) {
        const raw = values[f.path.join('.')] ?? '';
        const section = next[f.path[0]] as Record<string, unknown>;
        section[f.path[1]] = f.type === 'number' ? (raw.trim() === '' ? undefined : Number(raw)) : raw.trim();
      }
      return next;
    });
    if (result.ok) setSettings(result.settings);
    setMessage(result.ok ? { ok: true, text: 'Opgeslagen.' } : { ok: false, text: `Niet opgeslagen — ${result.message}` });
  }

  return (
    <section aria-labelledby="profiel">
      <h2 id="profiel">Schoolprofiel en melder</h2>
      <p className="muted">
        Deze gegevens staan vooraf ingevuld in de verzuimmelding en de melding aan het samenwerkingsverband. Regioprotocol:{' '}
        {ALL_REGIONS.find((p) => p.id === (settings.preset ?? 'landelijk'))?.name}.
      </p>
      <form className="stack" onSubmit={(e) => void save(e)} noValidate>
        {PROFILE.map((f) => {
          const id = `profile-${f.path.join('-')}`;
          return (
            <div className="field" key={id}>
              <label htmlFor={id}>{f.label}</label>
              <input id={id} type={f.type ?? 'text'} value={values[f.path.join('.')] ?? ''} onChange={(e) => setValues({ ...values, [f.path.join('.')]: e.target.value })} />
              {f.hint && <span className="muted">{f.hint}</span>}
            </div>
          );
        })}
        <button type="submit" data-testid="ts-profile-save">
          Opslaan
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
