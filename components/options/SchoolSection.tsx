import { useEffect, useState } from 'react';
import { REGIONS, type Regio } from '@/lib/calendar/schoolCalendar';
import { ALL_REGIONS } from '@/lib/regions';
import { storedSettings, updateStoredSettings, type StoredSettings } from '@/components/settings';
import { SCHOOL_TYPES, type SchoolType } from '@/lib/vocabulary';

type Stored = StoredSettings;

/** The few settings that decide the rules: the region's protocol, the school type and the holiday region. */
export function SchoolSection() {
  const [settings, setSettings] = useState<Stored>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void storedSettings().then(setSettings);
  }, []);

  async function update(next: Stored) {
    // Only this section's fields: what other sections saved meanwhile stays.
    const result = await updateStoredSettings((current) => ({
      ...current,
      preset: next.preset,
      school: { ...current.school, schoolType: next.school?.schoolType },
      calendar: { ...current.calendar, regio: next.calendar?.regio },
    }));
    if (result.ok) setSettings(result.settings);
    setSaved(result.ok);
  }

  const preset = ALL_REGIONS.find((p) => p.id === (settings.preset ?? 'landelijk'));
  return (
    <section aria-labelledby="school">
      <h2 id="school">School</h2>
      <SelectField
        id="preset"
        label="Samenwerkingsverband / regioprotocol"
        value={settings.preset ?? 'landelijk'}
        options={ALL_REGIONS.map((p) => [p.id, p.name])}
        onChange={(value) => void update({ ...settings, preset: value || undefined })}
        hint={preset ? `${preset.definition} (Bron: ${preset.protocol})` : undefined}
      />
      <SelectField
        id="schooltype"
        label="Schooltype"
        value={settings.school?.schoolType ?? ''}
        options={[['', 'Volgens het systeem (ParnasSys, ESIS: po; Magister, Somtoday: vo)'], ...SCHOOL_TYPES.map((t): [string, string] => [t, t.toUpperCase()])]}
        onChange={(value) => void update({ ...settings, school: { ...settings.school, schoolType: (value || undefined) as SchoolType | undefined } })}
      />
      <SelectField
        id="regio"
        label="Vakantieregio"
        value={settings.calendar?.regio ?? ''}
        options={[['', 'Volgens het regioprotocol (anders midden)'], ...REGIONS.map((r): [string, string] => [r, r])]}
        onChange={(value) => void update({ ...settings, calendar: { ...settings.calendar, regio: (value || undefined) as Regio | undefined } })}
      />
      {saved && <p role="status" className="ok">Opgeslagen. Herlaad de pagina's in het leerlingadministratiesysteem.</p>}
    </section>
  );
}

function SelectField(props: { id: string; label: string; value: string; options: [string, string][]; onChange(value: string): void; hint?: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {props.hint && <p className="muted">{props.hint}</p>}
    </div>
  );
}
