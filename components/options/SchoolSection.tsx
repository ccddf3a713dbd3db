import { useEffect, useState } from 'react';
import { REGIONS } from '@/lib/calendar/schoolCalendar';
import { PRESETS, settingsInputSchema } from '@/lib/settings';
import { SCHOOL_TYPES, type SchoolType } from '@/lib/vocabulary';

const SETTINGS_KEY = 'local:settings';
type Stored = ReturnType<typeof settingsInputSchema.parse>;

/** The few settings that decide the rules: the region's protocol, the school type and the holiday region. */
export function SchoolSection() {
  const [settings, setSettings] = useState<Stored>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void storage.getItem<unknown>(SETTINGS_KEY).then((value) => {
      const parsed = settingsInputSchema.safeParse(value ?? {});
      setSettings(parsed.success ? parsed.data : {});
    });
  }, []);

  async function update(next: Stored) {
    const parsed = settingsInputSchema.parse(next);
    setSettings(parsed);
    await storage.setItem(SETTINGS_KEY, parsed);
    setSaved(true);
  }

  const preset = PRESETS.find((p) => p.id === (settings.preset ?? 'landelijk'));
  return (
    <section aria-labelledby="school">
      <h2 id="school">School</h2>
      <div className="field">
        <label htmlFor="preset">Samenwerkingsverband / regioprotocol</label>
        <select id="preset" value={settings.preset ?? 'landelijk'} onChange={(e) => void update({ ...settings, preset: e.target.value })}>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {preset && <p className="muted">{preset.definition}</p>}
      </div>
      <div className="field">
        <label htmlFor="schooltype">Schooltype</label>
        <select
          id="schooltype"
          value={settings.school?.schoolType ?? ''}
          onChange={(e) => void update({ ...settings, school: { ...settings.school, schoolType: (e.target.value || undefined) as SchoolType | undefined } })}
        >
          <option value="">Volgens het systeem (ParnasSys, ESIS: po; Magister, Somtoday: vo)</option>
          {SCHOOL_TYPES.map((t) => (
            <option key={t} value={t}>
              {t.toUpperCase()}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="regio">Vakantieregio</label>
        <select
          id="regio"
          value={settings.calendar?.regio ?? ''}
          onChange={(e) => void update({ ...settings, calendar: { ...settings.calendar, regio: (e.target.value || undefined) as (typeof REGIONS)[number] | undefined } })}
        >
          <option value="">Volgens het regioprotocol (anders midden)</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      {saved && <p role="status" className="ok">Opgeslagen. Herlaad de pagina's in het leerlingadministratiesysteem.</p>}
    </section>
  );
}
