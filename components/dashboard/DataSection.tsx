import { refreshBadge } from './refreshBadge';
import { FileInput } from './FileInput';
import { useState } from 'react';
import { todayIso } from '@/lib/calendar/days';
import { parseBackup } from '@/lib/backup';
import { createBackup, restoreBackup, wipeEverything } from '@/components/store/data';
import { useText } from '@/components/useText';
import { download } from './download';

/** Backup to a file, restore from one, and wipe everything: so nothing is lost when a laptop is replaced. */
export function DataSection({ onChange }: { onChange(): void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const t = useText().data;

  async function backup() {
    const data = await createBackup();
    download(`thuiszitter-signaal-backup-${todayIso()}.json`, new Blob([JSON.stringify(data)], { type: 'application/json' }));
    setMessage({ ok: true, text: t.backedUp(data.tables.cases.length, data.tables.drafts.length) });
  }

  async function restore(file: File) {
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setMessage({ ok: false, text: parsed.message });
      return;
    }
    await restoreBackup(parsed.backup);
    refreshBadge();
    setMessage({ ok: true, text: t.restored(parsed.backup.tables.cases.length, parsed.backup.tables.drafts.length) });
    onChange();
  }

  async function wipe() {
    await wipeEverything();
    refreshBadge();
    setConfirming(false);
    setMessage({ ok: true, text: t.wiped });
    onChange();
  }

  return (
    <section aria-labelledby="gegevens">
      <h2 id="gegevens">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <div className="actions">
        <button type="button" onClick={() => void backup()} data-testid="ts-backup">
          {t.backup}
        </button>
        <label className="file-button">
          {t.restore}
          <FileInput testid="ts-restore" accept=".json,application/json" onFile={(file) => void restore(file)} />
        </label>
        {!confirming ? (
          <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="ts-wipe">
            {t.wipe}
          </button>
        ) : (
          <span role="alert">
            {t.sure}{' '}
            <button type="button" className="danger" onClick={() => void wipe()} data-testid="ts-wipe-confirm">
              {t.yesWipe}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t.cancel}
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
