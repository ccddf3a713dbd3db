import { useEffect, useState } from 'react';
import { formatDate } from '@/lib/explain';
import { BETROKKENEN } from '@/lib/meldingen/drafts';
import { DUO_FIELDS as D, SWV_FIELDS as S, type MeldingField } from '@/lib/meldingen/fields';
import { maskPersonNumber, parsePersonNumber, type PersonNumber } from '@/lib/meldingen/identifiers';
import { draftProblems, draftRows, draftText, type MeldingDraft } from '@/lib/meldingen/record';
import { VERZUIMSOORTEN, type Verzuimsoort } from '@/lib/meldingen/verzuimsoort';
import { draftById, openCaseOf, saveCase, saveDraft, saveMadeMeldingen } from '@/components/store/repo';
import { madeMeldingSchema } from '@/lib/meldingen/made';
import { currentSettings } from '@/components/settings';
import type { SchoolType } from '@/lib/vocabulary';
import { todayIso } from '@/lib/calendar/days';
import { useSaved } from './useSaved';
import { useText } from '@/components/useText';
import { refreshBadge } from './refreshBadge';

type Duo = Extract<MeldingDraft, { kind: 'leerplicht' }>;
type Swv = Extract<MeldingDraft, { kind: 'swv' }>;

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
  const text = useText();
  const t = text.melding;

  useEffect(() => {
    void draftById(id).then((d) => setDraft(d ?? null));
    void currentSettings().then((s) => setSchoolType(s.school.schoolType));
  }, [id]);

  if (draft === undefined) return <p>{t.loading}</p>;
  if (draft === null) return <p className="alert" role="alert">{t.missing}</p>;

  const update = (next: MeldingDraft) => {
    const stamped = { ...next, updatedAt: new Date().toISOString() } as MeldingDraft;
    setDraft(stamped);
    void saveDraft(stamped).then(markSaved);
  };
  const problems = draftProblems(draft);

  async function copy() {
    try {
      await navigator.clipboard.writeText(draftText(draft!, { showNumber }));
      setCopied(t.copied);
    } catch {
      setCopied(t.copyFailed);
    }
  }

  /**
   * "Melding is gedaan": the melding becomes a fact the rules take into account, and the case notes it.
   * With a reason: the school decided not to report this meldmoment ("afgezien"); it is no longer open.
   */
  async function markDone(afgezien?: string) {
    const d = draft!;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(doneOn) || doneOn > todayIso()) {
      setCopied(t.badDate);
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
      setCopied(t.notRecorded(made.error.issues[0]?.message ?? t.unknownFault));
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
        ? t.skippedDone(afgezien.trim(), formatDate(doneOn))
        : t.done(formatDate(doneOn), !!c),
    );
  }

  return (
    <article data-testid="ts-draft" data-kind={draft.kind} data-complete={problems.length === 0}>
      <h1>
        {text.fill.titles[draft.kind]} — {draft.pupilName}
      </h1>
      <p className="muted">
        {t.draftOf(formatDate(draft.createdAt.slice(0, 10)))} <span role="status">{saved ? t.saved : ''}</span>
      </p>
      <details>
        <summary>{t.signal(draft.signalTitle)}</summary>
        <ul>
          {draft.explanation.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
      {problems.length > 0 ? (
        <div className="problems no-print" data-testid="ts-draft-problems">
          <strong>{t.toDo}</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="complete no-print">{t.complete} {draft.kind === 'leerplicht' ? t.where[schoolType] : t.where.swv}</p>
      )}
      <div className="no-print">{draft.kind === 'leerplicht' ? <DuoForm draft={draft} update={update} showNumber={showNumber} setShowNumber={setShowNumber} /> : <SwvForm draft={draft} update={update} />}</div>
      <div className="actions no-print">
        <button type="button" onClick={() => print()} data-testid="ts-draft-print">
          {t.print}
        </button>
        <button type="button" className="secondary" onClick={() => void copy()} data-testid="ts-draft-copy">
          {t.copy}
        </button>
      </div>
      <fieldset className="no-print done">
        <legend>{t.doneLegend}</legend>
        <label>
          {t.reportedOn} <input type="date" value={doneOn} max={todayIso()} onChange={(e) => setDoneOn(e.target.value)} data-testid="ts-melding-done-date" />
        </label>{' '}
        {draft.kind === 'leerplicht' && (
          <label>
            {t.meldingsnummer} <input value={meldingsnummer} maxLength={40} onChange={(e) => setMeldingsnummer(e.target.value)} />
          </label>
        )}{' '}
        <button type="button" onClick={() => void markDone()} data-testid="ts-melding-done">
          {t.markDone}
        </button>
        {draft.kind === 'leerplicht' && (
          <p>
            <label>
              {t.skipBecause}{' '}
              <input value={skipReason} maxLength={500} onChange={(e) => setSkipReason(e.target.value)} placeholder={t.skipPlaceholder} data-testid="ts-melding-skip-reason" />
            </label>{' '}
            <button type="button" className="secondary" onClick={() => void markDone(skipReason)} data-testid="ts-melding-skip">
              {t.skip}
            </button>
          </p>
        )}
      </fieldset>
      {copied && <p role="status">{copied}</p>}
      <section className="print-only" aria-label={t.printVersion}>
        <h2>{text.fill.titles[draft.kind]}</h2>
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
  const { lang } = useText();
  const { max } = field;
  const type = field.type === 'date' || field.type === 'tel' || field.type === 'email' ? field.type : 'text';
  return (
    <div className="field">
      <label htmlFor={id}>{field.label[lang]}</label>
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
  const t = useText().melding;
  if (current && !editing) {
    return (
      <div className="field inline">
        <span>
          <strong>{current.kind === 'bsn' ? t.bsn : t.onderwijsnummer}:</strong> <span data-testid="ts-person-number">{showNumber ? current.value : maskPersonNumber(current.value)}</span>
        </span>
        <button type="button" className="secondary" onClick={() => setShowNumber(!showNumber)}>
          {showNumber ? t.hide : t.show}
        </button>
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {t.change}
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
      <legend>{t.numberLegend}</legend>
      <p className="muted">{t.numberIntro}</p>
      <div className="field inline">
        <label>
          <input type="radio" name="number-kind" checked={kind === 'bsn'} onChange={() => setKind('bsn')} /> {t.bsn}
        </label>
        <label>
          <input type="radio" name="number-kind" checked={kind === 'onderwijsnummer'} onChange={() => setKind('onderwijsnummer')} /> {t.onderwijsnummerChoice}
        </label>
      </div>
      <div className="field inline">
        <label htmlFor="person-number">{t.number}</label>
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
          {t.check}
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
  const { lang, melding: t } = useText();
  return (
    <>
      <h2>{t.pupil}</h2>
      <NumberField draft={draft} update={update} showNumber={showNumber} setShowNumber={setShowNumber} />
      <h2>{t.absence}</h2>
      <div className="field">
        <label htmlFor="soort">{D.verzuimsoort.label[lang]}</label>
        <select id="soort" value={p.verzuimsoort} onChange={(e) => setPrefill({ verzuimsoort: e.target.value as Verzuimsoort })}>
          {Object.entries(VERZUIMSOORTEN).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Text id="begin" field={D.begindatum} value={p.begindatum} onChange={(v) => v && setPrefill({ begindatum: v })} hint={t.beginHint} />
      <Text
        id="eind"
        field={D.einddatum}
        value={p.einddatum ?? ''}
        onChange={(v) => setPrefill({ einddatum: v || undefined })}
        hint={t.endHint}
      />
      <div className="field inline">
        <input id="alle" type="checkbox" checked={p.alleLessenGemist} onChange={(e) => setPrefill({ alleLessenGemist: e.target.checked })} />
        <label htmlFor="alle">{D.alleLessenGemist.label[lang]}</label>
      </div>
      <details>
        <summary>{D.verzuimspecificatie.label[lang]} ({t.days(p.verzuimspecificatie.length)})</summary>
        <table>
          <thead>
            <tr>
              <th>{t.date}</th>
              <th>{t.absent}</th>
            </tr>
          </thead>
          <tbody>
            {p.verzuimspecificatie.map((d) => (
              <tr key={d.date}>
                <td>{formatDate(d.date)}</td>
                <td>{d.wholeDay ? t.wholeDay : t.hours(String(d.hours ?? '?'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h2>{t.schoolNotes}</h2>
      <Text id="reden" field={D.vermoedelijkeReden} value={i.vermoedelijkeReden} onChange={(v) => setInput({ vermoedelijkeReden: v })} hint={t.chars(i.vermoedelijkeReden.length, D.vermoedelijkeReden.max)} />
      <Text id="actie" field={D.ondernomenActie} value={i.ondernomenActie} onChange={(v) => setInput({ ondernomenActie: v })} />
      <div className="field inline">
        <input id="gemeente" type="checkbox" checked={i.actieGemeenteGewenst} onChange={(e) => setInput({ actieGemeenteGewenst: e.target.checked })} />
        <label htmlFor="gemeente">{D.actieGemeenteGewenst.label[lang]}</label>
      </div>
      {!i.actieGemeenteGewenst && <Text id="toelichting" field={D.toelichtingActie} value={i.toelichtingActie ?? ''} onChange={(v) => setInput({ toelichtingActie: v })} />}
      <Text id="tel-ouder" field={D.telefoonOuder} value={i.telefoonOuder ?? ''} onChange={(v) => setInput({ telefoonOuder: v })} />
      <h2>{t.melderTitle}</h2>
      <p className="muted">{t.fromSettings}</p>
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
  const t = useText().melding;
  return (
    <>
      <p className="muted">{t.swvIntro}</p>
      <h2>{t.pupilAndSchool}</h2>
      <Text id="naam" field={S.naam} value={p.naam} onChange={(v) => setPrefill({ naam: v })} />
      <Text id="geboortedatum" field={S.geboortedatum} value={p.geboortedatum ?? ''} onChange={(v) => setPrefill({ geboortedatum: v || undefined })} />
      <Text id="school" field={S.school} value={p.school} onChange={(v) => setPrefill({ school: v })} hint={p.school ? undefined : t.schoolHint} />
      <Text id="groep" field={S.groep} value={p.groep} onChange={(v) => setPrefill({ groep: v })} />
      <h2>{t.atHome}</h2>
      <Text id="startdatum" field={S.startdatum} value={p.startdatumThuiszitten} onChange={(v) => v && setPrefill({ startdatumThuiszitten: v })} hint={t.startHint} />
      <Text id="signaal" field={S.signaal} value={p.signaal} onChange={(v) => setPrefill({ signaal: v })} />
      <Text id="inzet" field={S.schoolActions} value={i.schoolActions} onChange={(v) => setInput({ schoolActions: v })} />
      <fieldset>
        <legend>{t.involved}</legend>
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
