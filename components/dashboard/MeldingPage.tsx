import { useEffect, useState } from 'react';
import { formatDate } from '@/lib/explain';
import { BETROKKENEN } from '@/lib/meldingen/drafts';
import { DUO_FIELDS as D, SWV_FIELDS as S, type MeldingField } from '@/lib/meldingen/fields';
import { maskPersonNumber, parsePersonNumber, type PersonNumber } from '@/lib/meldingen/identifiers';
import { draftProblems, draftRows, draftText, MELDING_TITLES, type MeldingDraft } from '@/lib/meldingen/record';
import { VERZUIMSOORTEN, type Verzuimsoort } from '@/lib/meldingen/verzuimsoort';
import { draftById, openCaseOf, saveCase, saveDraft, saveMadeMeldingen } from '@/components/store/repo';
import { madeMeldingSchema } from '@/lib/meldingen/made';
import { currentSettings } from '@/components/settings';
import type { SchoolType } from '@/lib/vocabulary';
import { todayIso } from '@/lib/calendar/days';
import { useSaved } from './useSaved';
import { refreshBadge } from './refreshBadge';

type Duo = Extract<MeldingDraft, { kind: 'leerplicht' }>;
type Swv = Extract<MeldingDraft, { kind: 'swv' }>;

/** Where a melding goes, by school type (RULES.md §2.1). */
const WHERE: Record<SchoolType, string> = {
  po: 'PO meldt in het eigen leerlingadministratiesysteem (ParnasSys, ESIS): open daar het scherm voor de verzuimmelding en klik op "Invullen" van Thuiszitter-signaal.',
  vo: 'VO meldt in het DUO Verzuimloket (Mijn DUO) of in het eigen pakket: open het meldformulier en klik op "Invullen" van Thuiszitter-signaal.',
  mbo: 'Mbo meldt in het DUO Verzuimloket (Mijn DUO) of in het eigen pakket: open het meldformulier en klik op "Invullen" van Thuiszitter-signaal.',
};

/** A melding draft: what the signal gave, what the school types here, the problems, print and copy. */
export function MeldingPage({ id }: { id: string }) {
  const [draft, setDraft] = useState<MeldingDraft | null | undefined>(undefined);
  const [schoolType, setSchoolType] = useState<SchoolType>('po');
  const [showNumber, setShowNumber] = useState(false);
  const [copied, setCopied] = useState('');
  const [doneOn, setDoneOn] = useState(todayIso());
  const [meldingsnummer, setMeldingsnummer] = useState('');
  const [skipReason, setSkipReason] = useState('');
  const { saved, markSaved } = useSaved();

  useEffect(() => {
    void draftById(id).then((d) => setDraft(d ?? null));
    void currentSettings().then((s) => setSchoolType(s.school.schoolType));
  }, [id]);

  if (draft === undefined) return <p>Laden…</p>;
  if (draft === null) return <p className="alert" role="alert">Dit concept bestaat niet (meer). Misschien is het verwijderd na de bewaartermijn.</p>;

  const update = (next: MeldingDraft) => {
    const stamped = { ...next, updatedAt: new Date().toISOString() } as MeldingDraft;
    setDraft(stamped);
    void saveDraft(stamped).then(markSaved);
  };
  const problems = draftProblems(draft);

  async function copy() {
    try {
      await navigator.clipboard.writeText(draftText(draft!, { showNumber }));
      setCopied('Gekopieerd als tekst.');
    } catch {
      setCopied('Kopiëren lukte niet: kies de tekst in het afdrukvoorbeeld en kopieer die zelf.');
    }
  }

  /**
   * "Melding is gedaan": the melding becomes a fact the rules take into account, and the case notes it.
   * With a reason: the school decided not to report this meldmoment ("afgezien"); it is no longer open.
   */
  async function markDone(afgezien?: string) {
    const d = draft!;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(doneOn) || doneOn > todayIso()) {
      setCopied('Vul de datum in waarop de melding gedaan is (niet in de toekomst).');
      return;
    }
    const begindatum = d.kind === 'leerplicht' ? d.prefill.begindatum : d.prefill.startdatumThuiszitten;
    const made = madeMeldingSchema.safeParse({
      id: `${d.id}-${afgezien !== undefined ? 'afgezien' : 'gemeld'}`, pupilId: d.pupilId, pupilName: d.pupilName, kind: d.kind,
      ...(d.kind === 'leerplicht' ? { verzuimsoort: d.prefill.verzuimsoort, ...(d.prefill.einddatum ? { einddatum: d.prefill.einddatum } : {}) } : {}),
      begindatum, gemeldOp: doneOn, ...(meldingsnummer.trim() && afgezien === undefined ? { meldingsnummer: meldingsnummer.trim() } : {}),
      ...(afgezien !== undefined ? { afgezien: { reden: afgezien } } : {}),
      status: 'geregistreerd', source: 'extensie',
    });
    if (!made.success) {
      setCopied(`Niet vastgelegd: ${made.error.issues[0]?.message ?? 'onbekende fout'}`);
      return;
    }
    await saveMadeMeldingen([made.data]);
    const c = await openCaseOf(d.pupilId);
    if (c && afgezien === undefined) {
      const key = d.kind === 'leerplicht' ? 'meldingLeerplicht' : 'meldingSwv';
      await saveCase({ ...c, dates: { ...c.dates, [key]: doneOn }, updatedAt: new Date().toISOString() });
      refreshBadge();
    }
    setCopied(
      afgezien !== undefined
        ? `Vastgelegd: niet gemeld (${afgezien.trim()}), besloten op ${formatDate(doneOn)}. De zijbalk toont dit meldmoment niet meer als open.`
        : `Vastgelegd: melding gedaan op ${formatDate(doneOn)}.${c ? ' Ook in de zaak genoteerd.' : ''} De zijbalk telt dit meldmoment nu als gemeld.`,
    );
  }

  return (
    <article data-testid="ts-draft" data-kind={draft.kind} data-complete={problems.length === 0}>
      <h1>
        {MELDING_TITLES[draft.kind]} — {draft.pupilName}
      </h1>
      <p className="muted">
        Concept van {formatDate(draft.createdAt.slice(0, 10))}. Wijzigingen worden meteen bewaard, alleen in deze browser. <span role="status">{saved ? 'Opgeslagen.' : ''}</span>
      </p>
      <details>
        <summary>Signaal: {draft.signalTitle}</summary>
        <ul>
          {draft.explanation.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
      {problems.length > 0 ? (
        <div className="problems no-print" data-testid="ts-draft-problems">
          <strong>Nog in te vullen of te verbeteren:</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="complete no-print">Compleet. {draft.kind === 'leerplicht' ? WHERE[schoolType] : 'Open het aanmeldformulier van het samenwerkingsverband en klik op "Invullen" van Thuiszitter-signaal.'}</p>
      )}
      <div className="no-print">{draft.kind === 'leerplicht' ? <DuoForm draft={draft} update={update} showNumber={showNumber} setShowNumber={setShowNumber} /> : <SwvForm draft={draft} update={update} />}</div>
      <div className="actions no-print">
        <button type="button" onClick={() => print()} data-testid="ts-draft-print">
          Afdrukken of bewaren als pdf
        </button>
        <button type="button" className="secondary" onClick={() => void copy()} data-testid="ts-draft-copy">
          Kopiëren als tekst
        </button>
      </div>
      <fieldset className="no-print done">
        <legend>Melding gedaan?</legend>
        <label>
          Gemeld op <input type="date" value={doneOn} max={todayIso()} onChange={(e) => setDoneOn(e.target.value)} data-testid="ts-melding-done-date" />
        </label>{' '}
        {draft.kind === 'leerplicht' && (
          <label>
            Meldingsnummer DUO (als u het heeft) <input value={meldingsnummer} maxLength={40} onChange={(e) => setMeldingsnummer(e.target.value)} />
          </label>
        )}{' '}
        <button type="button" onClick={() => void markDone()} data-testid="ts-melding-done">
          Melding is gedaan
        </button>
        {draft.kind === 'leerplicht' && (
          <p>
            <label>
              Of niet melden, omdat{' '}
              <input value={skipReason} maxLength={500} onChange={(e) => setSkipReason(e.target.value)} placeholder="bijv. verlof achteraf toegekend" data-testid="ts-melding-skip-reason" />
            </label>{' '}
            <button type="button" className="secondary" onClick={() => void markDone(skipReason)} data-testid="ts-melding-skip">
              Niet melden (met reden)
            </button>
          </p>
        )}
      </fieldset>
      {copied && <p role="status">{copied}</p>}
      <section className="print-only" aria-label="Afdrukversie">
        <h2>{MELDING_TITLES[draft.kind]}</h2>
        <table>
          <tbody>
            {draftRows(draft, { showNumber }).map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.value || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}

/** One field of the melding, as its table describes it (lib/meldingen/fields.ts): label, length, kind of input. */
function Text(props: { id: string; field: MeldingField; value: string; onChange(value: string): void; hint?: string }) {
  const { id, field, value, onChange, hint } = props;
  const { max } = field;
  const type = field.type === 'date' || field.type === 'tel' || field.type === 'email' ? field.type : 'text';
  return (
    <div className="field">
      <label htmlFor={id}>{field.label.nl}</label>
      {field.type === 'longtext' ? (
        <textarea id={id} value={value} maxLength={max} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      ) : (
        <input id={id} type={type} value={value} maxLength={max} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      )}
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
    </div>
  );
}

function NumberField({ draft, update, showNumber, setShowNumber }: { draft: Duo; update(d: Duo): void; showNumber: boolean; setShowNumber(v: boolean): void }) {
  const current = draft.input.personNumber;
  const [editing, setEditing] = useState(!current);
  const [kind, setKind] = useState<PersonNumber['kind']>(current?.kind ?? 'bsn');
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  if (current && !editing) {
    return (
      <div className="field inline">
        <span>
          <strong>{current.kind === 'bsn' ? 'BSN' : 'Onderwijsnummer'}:</strong> <span data-testid="ts-person-number">{showNumber ? current.value : maskPersonNumber(current.value)}</span>
        </span>
        <button type="button" className="secondary" onClick={() => setShowNumber(!showNumber)}>
          {showNumber ? 'Verbergen' : 'Tonen'}
        </button>
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          Wijzigen
        </button>
      </div>
    );
  }
  const save = () => {
    const parsed = parsePersonNumber(value, kind);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError('');
    setValue('');
    setEditing(false);
    update({ ...draft, input: { ...draft.input, personNumber: parsed.number } });
  };
  return (
    <fieldset>
      <legend>BSN of onderwijsnummer</legend>
      <p className="muted">Alleen voor deze melding aan leerplicht; het gaat nooit naar het samenwerkingsverband. Het staat niet op de pagina, of het klopte niet.</p>
      <div className="field inline">
        <label>
          <input type="radio" name="number-kind" checked={kind === 'bsn'} onChange={() => setKind('bsn')} /> BSN
        </label>
        <label>
          <input type="radio" name="number-kind" checked={kind === 'onderwijsnummer'} onChange={() => setKind('onderwijsnummer')} /> Onderwijsnummer (leerling zonder BSN)
        </label>
      </div>
      <div className="field inline">
        <label htmlFor="person-number">Nummer</label>
        <input
          id="person-number"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && save()}
          aria-invalid={!!error}
          aria-describedby="person-number-error"
        />
        <button type="button" onClick={save}>
          Controleren en bewaren
        </button>
      </div>
      <p id="person-number-error" role="alert" className="error">
        {error}
      </p>
    </fieldset>
  );
}

function DuoForm({ draft, update, showNumber, setShowNumber }: { draft: Duo; update(d: Duo): void; showNumber: boolean; setShowNumber(v: boolean): void }) {
  const { prefill: p, input: i } = draft;
  const setInput = (patch: Partial<Duo['input']>) => update({ ...draft, input: { ...i, ...patch } });
  const setPrefill = (patch: Partial<Duo['prefill']>) => update({ ...draft, prefill: { ...p, ...patch } });
  return (
    <>
      <h2>Leerling</h2>
      <NumberField draft={draft} update={update} showNumber={showNumber} setShowNumber={setShowNumber} />
      <h2>Verzuim (uit het signaal)</h2>
      <div className="field">
        <label htmlFor="soort">{D.verzuimsoort.label.nl}</label>
        <select id="soort" value={p.verzuimsoort} onChange={(e) => setPrefill({ verzuimsoort: e.target.value as Verzuimsoort })}>
          {Object.entries(VERZUIMSOORTEN).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Text id="begin" field={D.begindatum} value={p.begindatum} onChange={(v) => v && setPrefill({ begindatum: v })} hint="16 uur: de eerste verzuimdag. Langdurig relatief verzuim: de eerste dag niet op school." />
      <Text
        id="eind"
        field={D.einddatum}
        value={p.einddatum ?? ''}
        onChange={(v) => setPrefill({ einddatum: v || undefined })}
        hint="16 uur: de dag waarop 16 uur bereikt is. Anders: de dag dat de leerling terug is of is uitgeschreven (leeg zolang onbekend)."
      />
      <div className="field inline">
        <input id="alle" type="checkbox" checked={p.alleLessenGemist} onChange={(e) => setPrefill({ alleLessenGemist: e.target.checked })} />
        <label htmlFor="alle">{D.alleLessenGemist.label.nl}</label>
      </div>
      <details>
        <summary>{D.verzuimspecificatie.label.nl} ({p.verzuimspecificatie.length} dagen)</summary>
        <table>
          <thead>
            <tr>
              <th>Datum</th>
              <th>Verzuim</th>
            </tr>
          </thead>
          <tbody>
            {p.verzuimspecificatie.map((d) => (
              <tr key={d.date}>
                <td>{formatDate(d.date)}</td>
                <td>{d.wholeDay ? 'hele dag' : `${d.hours ?? '?'} uur`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h2>Toelichting van de school</h2>
      <Text id="reden" field={D.vermoedelijkeReden} value={i.vermoedelijkeReden} onChange={(v) => setInput({ vermoedelijkeReden: v })} hint={`${i.vermoedelijkeReden.length}/${D.vermoedelijkeReden.max} tekens`} />
      <Text id="actie" field={D.ondernomenActie} value={i.ondernomenActie} onChange={(v) => setInput({ ondernomenActie: v })} />
      <div className="field inline">
        <input id="gemeente" type="checkbox" checked={i.actieGemeenteGewenst} onChange={(e) => setInput({ actieGemeenteGewenst: e.target.checked })} />
        <label htmlFor="gemeente">{D.actieGemeenteGewenst.label.nl}</label>
      </div>
      {!i.actieGemeenteGewenst && <Text id="toelichting" field={D.toelichtingActie} value={i.toelichtingActie ?? ''} onChange={(v) => setInput({ toelichtingActie: v })} />}
      <Text id="tel-ouder" field={D.telefoonOuder} value={i.telefoonOuder ?? ''} onChange={(v) => setInput({ telefoonOuder: v })} />
      <h2>Melder en leslocatie</h2>
      <p className="muted">Vooraf ingevuld uit de instellingen.</p>
      <Text id="leslocatie" field={D.leslocatie} value={i.leslocatie} onChange={(v) => setInput({ leslocatie: v })} />
      <Text id="melder-naam" field={D.melderNaam} value={i.melder.naam} onChange={(v) => setInput({ melder: { ...i.melder, naam: v } })} />
      <Text id="melder-functie" field={D.melderFunctie} value={i.melder.functie} onChange={(v) => setInput({ melder: { ...i.melder, functie: v } })} />
      <Text id="melder-tel" field={D.melderTelefoon} value={i.melder.telefoon} onChange={(v) => setInput({ melder: { ...i.melder, telefoon: v } })} />
      <Text id="melder-email" field={D.melderEmail} value={i.melder.email} onChange={(v) => setInput({ melder: { ...i.melder, email: v } })} />
    </>
  );
}

function SwvForm({ draft, update }: { draft: Swv; update(d: Swv): void }) {
  const { prefill: p, input: i } = draft;
  const setInput = (patch: Partial<Swv['input']>) => update({ ...draft, input: { ...i, ...patch } });
  const setPrefill = (patch: Partial<Swv['prefill']>) => update({ ...draft, prefill: { ...p, ...patch } });
  const toggle = (who: string, on: boolean) => setInput({ betrokkenen: on ? [...i.betrokkenen, who] : i.betrokkenen.filter((b) => b !== who) });
  return (
    <>
      <p className="muted">Een melding aan het samenwerkingsverband bevat nooit een BSN of onderwijsnummer (OSO-regel). Staat er toch een in, dan wordt niets ingevuld.</p>
      <h2>Leerling en school</h2>
      <Text id="naam" field={S.naam} value={p.naam} onChange={(v) => setPrefill({ naam: v })} />
      <Text id="geboortedatum" field={S.geboortedatum} value={p.geboortedatum ?? ''} onChange={(v) => setPrefill({ geboortedatum: v || undefined })} />
      <Text id="school" field={S.school} value={p.school} onChange={(v) => setPrefill({ school: v })} hint={p.school ? undefined : 'Vul de naam van de school in bij de instellingen, dan staat hij hier voortaan.'} />
      <Text id="groep" field={S.groep} value={p.groep} onChange={(v) => setPrefill({ groep: v })} />
      <h2>Thuiszitten</h2>
      <Text id="startdatum" field={S.startdatum} value={p.startdatumThuiszitten} onChange={(v) => v && setPrefill({ startdatumThuiszitten: v })} hint="De eerste dag dat de leerling niet op school verscheen." />
      <Text id="signaal" field={S.signaal} value={p.signaal} onChange={(v) => setPrefill({ signaal: v })} />
      <Text id="inzet" field={S.schoolActions} value={i.schoolActions} onChange={(v) => setInput({ schoolActions: v })} />
      <fieldset>
        <legend>Wie zijn betrokken?</legend>
        <div className="checks">
          {BETROKKENEN.map((who) => (
            <label key={who}>
              <input type="checkbox" checked={i.betrokkenen.includes(who)} onChange={(e) => toggle(who, e.target.checked)} /> {who}
            </label>
          ))}
        </div>
      </fieldset>
      <Text id="wensen" field={S.wensen} value={i.wensen} onChange={(v) => setInput({ wensen: v })} />
      <Text id="contact" field={S.contactpersoon} value={i.contactpersoon} onChange={(v) => setInput({ contactpersoon: v })} />
    </>
  );
}
