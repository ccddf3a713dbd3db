import { refreshBadge } from './refreshBadge';
import { FileInput } from './FileInput';
import { useState } from 'react';
import { todayIso } from '@/lib/calendar/days';
import { parseBackup } from '@/lib/backup';
import { createBackup, restoreBackup, wipeEverything } from '@/components/store/data';
import { download } from './download';

/** Backup to a file, restore from one, and wipe everything: so nothing is lost when a laptop is replaced. */
export function DataSection({ onChange }: { onChange(): void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function backup() {
    const data = await createBackup();
    download(`thuiszitter-signaal-backup-${todayIso()}.json`, new Blob([JSON.stringify(data)], { type: 'application/json' }));
    setMessage({ ok: true, text: `Back-up gemaakt: ${data.tables.cases.length} zaken, ${data.tables.drafts.length} meldingen. Bewaar het bestand veilig: het bevat leerlinggegevens.` });
  }

  async function restore(file: File) {
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setMessage({ ok: false, text: parsed.message });
      return;
    }
    await restoreBackup(parsed.backup);
    refreshBadge();
    setMessage({ ok: true, text: `Hersteld: ${parsed.backup.tables.cases.length} zaken, ${parsed.backup.tables.drafts.length} meldingen en de instellingen. Eigen sites: voeg ze opnieuw toe in de instellingen om de browser toestemming te geven.` });
    onChange();
  }

  async function wipe() {
    await wipeEverything();
    refreshBadge();
    setConfirming(false);
    setMessage({ ok: true, text: 'Alle leerlinggegevens zijn gewist.' });
    onChange();
  }

  return (
    <section aria-labelledby="gegevens">
      <h2 id="gegevens">Gegevens</h2>
      <p className="muted">Alles blijft in deze browser. Een back-up zet zaken, meldingen, de thuiszittersregistratie en de instellingen in één bestand.</p>
      <div className="actions">
        <button type="button" onClick={() => void backup()} data-testid="ts-backup">
          Back-up maken
        </button>
        <label className="file-button">
          Back-up terugzetten
          <FileInput testid="ts-restore" accept=".json,application/json" onFile={(file) => void restore(file)} />
        </label>
        {!confirming ? (
          <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="ts-wipe">
            Alles wissen…
          </button>
        ) : (
          <span role="alert">
            Alle zaken, meldingen en de registratie wissen? Dit kan niet ongedaan worden.{' '}
            <button type="button" className="danger" onClick={() => void wipe()} data-testid="ts-wipe-confirm">
              Ja, alles wissen
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Annuleren
            </button>
          </span>
        )}
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'} data-testid="ts-data-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
