import { useEffect, useState } from 'react';
import { REGIONS, type Regio } from '@/lib/calendar/schoolCalendar';
import { ALL_REGIONS } from '@/lib/regions';
import { storedSettings, updateStoredSettings, type StoredSettings } from '@/components/settings';
import { SCHOOL_TYPES, type SchoolType } from '@/lib/vocabulary';
import { ManagedNote, useManaged } from './managed';
import { useText } from '@/components/useText';

type Stored = StoredSettings;

/** The few settings that decide the rules: the region's protocol, the school type and the holiday region. */
export function SchoolSection() {
  const [settings, setSettings] = useState<Stored>({});
  const [saved, setSaved] = useState(false);
  const managed = useManaged();
  const t = useText().school;
  const policy = managed.settings;

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

  // A value set by policy is shown (and wins); the school's own stored value stays as it was.
  const presetId = (managed.keys.has('regioProtocol') ? policy.preset : settings.preset) ?? 'landelijk';
  const preset = ALL_REGIONS.find((p) => p.id === presetId);
  return (
    <section aria-labelledby="school">
      <h2 id="school">{t.title}</h2>
      <SelectField
        id="preset"
        label={t.preset}
        value={presetId}
        managed={managed.keys.has('regioProtocol')}
        options={ALL_REGIONS.map((p) => [p.id, p.name])}
        onChange={(value) => void update({ ...settings, preset: value || undefined })}
        hint={preset ? `${preset.definition} (${t.source}: ${preset.protocol})` : undefined}
      />
      <SelectField
        id="schooltype"
        label={t.schoolType}
        value={(managed.keys.has('schooltype') ? policy.school?.schoolType : settings.school?.schoolType) ?? ''}
        managed={managed.keys.has('schooltype')}
        options={[['', t.bySystem], ...SCHOOL_TYPES.map((t): [string, string] => [t, t.toUpperCase()])]}
        onChange={(value) => void update({ ...settings, school: { ...settings.school, schoolType: (value || undefined) as SchoolType | undefined } })}
      />
      <SelectField
        id="regio"
        label={t.regio}
        value={(managed.keys.has('vakantieregio') ? policy.calendar?.regio : settings.calendar?.regio) ?? ''}
        managed={managed.keys.has('vakantieregio')}
        options={[['', t.byProtocol], ...REGIONS.map((r): [string, string] => [r, r])]}
        onChange={(value) => void update({ ...settings, calendar: { ...settings.calendar, regio: (value || undefined) as Regio | undefined } })}
      />
      {saved && <p role="status" className="ok">{t.saved}</p>}
    </section>
  );
}

function SelectField(props: { id: string; label: string; value: string; options: [string, string][]; onChange(value: string): void; hint?: string; managed?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        disabled={props.managed}
        data-managed={props.managed ? 'true' : undefined}
        aria-describedby={props.managed ? `${props.id}-managed` : undefined}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {props.managed && (
        <p id={`${props.id}-managed`}>
          <ManagedNote />
        </p>
      )}
      {props.hint && <p className="muted">{props.hint}</p>}
    </div>
  );
}
