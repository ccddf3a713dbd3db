import { useEffect, useRef, useState } from 'react';
import { formatDate } from '@/lib/explain';
import { MELDING_STATUS_LABELS, MELDING_STATUSES, madeMeldingSchema, type MadeMelding, type MeldingStatus } from '@/lib/meldingen/made';
import { VERZUIMSOORTEN } from '@/lib/meldingen/verzuimsoort';
import { useText } from '@/components/useText';
import { madeMeldingen, saveMadeMeldingen } from '@/components/store/repo';

/**
 * The meldingen made for a pupil, on the case: what leerplicht did with them (status, reden afgesloten)
 * and the einddatum once the pupil is back (DUO asks for it for langdurig relatief verzuim).
 */
export function MadeMeldingen({ pupilId }: { pupilId: string }) {
  const [made, setMade] = useState<MadeMelding[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const t = useText().made;
  useEffect(() => {
    void madeMeldingen([pupilId]).then((list) => setMade(list.sort((a, b) => (a.begindatum < b.begindatum ? -1 : 1))));
  }, [pupilId]);

  // Two quick edits of one row (status, then einddatum) must both land: each change is applied, one
  // after the other, to the row as last saved, never to the row as it was when the page was drawn.
  const saved = useRef(new Map<string, MadeMelding>());
  const queue = useRef(Promise.resolve());
  function update(m: MadeMelding, change: Partial<MadeMelding>) {
    queue.current = queue.current.then(async () => {
      const next = madeMeldingSchema.safeParse({ ...(saved.current.get(m.id) ?? m), ...change });
      if (!next.success) {
        setMessage({ ok: false, text: t.notSaved(next.error.issues[0]?.message ?? t.invalid) });
        return;
      }
      await saveMadeMeldingen([next.data]);
      saved.current.set(m.id, next.data);
      setMade((list) => list.map((x) => (x.id === m.id ? next.data : x)));
      setMessage({ ok: true, text: t.saved });
    });
  }

  if (made.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <div data-testid="ts-made-list">
      <table>
        <thead>
          <tr>
            <th>{t.columns.melding}</th>
            <th>{t.columns.begin}</th>
            <th>{t.columns.gemeldOp}</th>
            <th>{t.columns.status}</th>
            <th>{t.columns.end}</th>
          </tr>
        </thead>
        <tbody>
          {made.map((m) => (
            <tr key={m.id} data-testid="ts-made" data-status={m.status}>
              <td>
                {m.kind === 'leerplicht' ? `${t.leerplicht}${m.verzuimsoort ? ` — ${VERZUIMSOORTEN[m.verzuimsoort]}` : ''}` : t.swv}
                {m.meldingsnummer && <span className="muted"> · {m.meldingsnummer}</span>}
                {m.afgezien && <span className="muted">{t.skipped(m.afgezien.reden)}</span>}
              </td>
              <td>{formatDate(m.begindatum)}</td>
              <td>{formatDate(m.gemeldOp)}</td>
              <td>
                <select aria-label={t.statusOf(formatDate(m.begindatum))} value={m.status} onChange={(e) => update(m, { status: e.target.value as MeldingStatus })} data-testid="ts-made-status">
                  {MELDING_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {MELDING_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
                {m.status === 'afgesloten' && (
                  <input aria-label={t.closedReason} defaultValue={m.afgeslotenReden ?? ''} maxLength={500} onBlur={(e) => update(m, { afgeslotenReden: e.target.value || undefined })} placeholder={t.closedPlaceholder} />
                )}
              </td>
              <td>
                <input type="date" aria-label={t.endOf(formatDate(m.begindatum))} defaultValue={m.einddatum ?? ''} onChange={(e) => update(m, { einddatum: e.target.value || undefined })} data-testid="ts-made-einddatum" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </div>
  );
}
