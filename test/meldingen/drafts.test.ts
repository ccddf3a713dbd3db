import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/forms/fill.ts';
import { buildDuoMelding, buildSwvMelding, duoDraft, duoFields, duoPrefill, swvFields, swvPrefill, type DuoInput, type DuoPrefill } from '../../lib/meldingen/drafts.ts';
import type { Signal } from '../../lib/rules/signal.ts';
import { assessOne, records, made } from '../helpers.ts';

const pupilAssessment = assessOne(records('2026-10-05', '2026-11-27', { pupilId: '900101' }), '2026-11-27', {}, { id: '900101', name: 'Daan Voorbeeld', birthDate: '2016-03-12', group: '6B' });
const thuiszitter = pupilAssessment.signals.find((s) => s.kind === 'thuiszitter')!;
const meldplicht = pupilAssessment.signals.find((s) => s.kind === 'meldplicht-16-uur')!;

function prefillOf(signal: Signal, leerplicht = pupilAssessment.leerplicht): DuoPrefill {
  const result = duoPrefill(signal, leerplicht);
  if (!result.ok) throw new Error(result.reason);
  return result.prefill;
}

const base: DuoInput = {
  prefill: prefillOf(meldplicht),
  personNumber: { kind: 'bsn', value: '111222333' },
  leslocatie: 'Hoofdgebouw',
  melder: { naam: 'A. Administratie', functie: 'Leerlingadministratie', telefoon: '0301234567', email: 'administratie@demoschool.example' },
  vermoedelijkeReden: 'Angst om naar school te gaan',
  ondernomenActie: 'Gesprek met ouders op 20-11; IB-er betrokken',
  actieGemeenteGewenst: true,
};

describe('DUO verzuimmelding', () => {
  it('takes its dates and specificatie from the 16-uur signal', () => {
    const built = buildDuoMelding(base);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.melding).toMatchObject({ verzuimsoort: '16-uur', begindatum: meldplicht.since, einddatum: (meldplicht as { until: string }).until, alleLessenGemist: true });
    expect(built.melding.verzuimspecificatie.every((d) => d.wholeDay && d.hours === 5)).toBe(true);
  });

  it('is RMC with the 16-uur dates for a pupil of 18 to 22 without a startkwalificatie', () => {
    const adult = assessOne(records('2026-11-02', '2026-11-13', { pupilId: '900301' }), '2026-11-13', {}, { id: '900301', name: 'Jesse Volwassen', birthDate: '2007-05-01' });
    const rmc = adult.signals.find((s) => s.kind === 'rmc-verzuim')!;
    // The oldest meldmoment not yet reported.
    expect(prefillOf(rmc, adult.leerplicht)).toMatchObject({ verzuimsoort: 'rmc', begindatum: '2026-11-02', einddatum: '2026-11-05' });
    // Once that one is recorded as made, the next: the count restarted after 5 November.
    const later = assessOne(records('2026-11-02', '2026-11-13', { pupilId: '900301' }), '2026-11-13', {}, { id: '900301', name: 'Jesse Volwassen', birthDate: '2007-05-01' }, undefined,
      [made('2026-11-02', '2026-11-06', { pupilId: '900301', verzuimsoort: 'rmc' })]);
    expect(prefillOf(later.signals.find((s) => s.kind === 'rmc-verzuim')!, later.leerplicht)).toMatchObject({ begindatum: '2026-11-06', einddatum: '2026-11-12' });
  });

  it('is LRV from the first day not at school, without an einddatum while the pupil is still away', () => {
    const built = buildDuoMelding({ ...base, prefill: prefillOf(thuiszitter) });
    expect(built).toMatchObject({ ok: true, melding: { verzuimsoort: 'lrv', begindatum: '2026-10-05', einddatum: undefined } });
  });

  it('says what is missing or wrong, and refuses a pupil who is not yet leerplichtig', () => {
    const built = buildDuoMelding({ ...base, vermoedelijkeReden: '', melder: { ...base.melder, email: 'geen-adres' }, actieGemeenteGewenst: false });
    expect(built).toEqual({
      ok: false,
      problems: ['Vermoedelijke reden is verplicht.', 'E-mailadres melder is geen geldig adres.', 'Licht toe waarom geen actie van de gemeente gewenst is.'],
    });
    expect(buildDuoMelding({ ...base, personNumber: undefined })).toMatchObject({ ok: false, problems: ['BSN of onderwijsnummer is verplicht.'] });
    const young = assessOne(records('2026-10-05', '2026-11-27'), '2026-11-27', {}, { birthDate: '2022-06-01' });
    expect(duoPrefill(young.signals[0]!, young.leerplicht)).toMatchObject({ ok: false, reason: expect.stringMatching(/samenwerkingsverband/) });
  });

  it('as a draft, fills what is known and leaves the rest for the user', () => {
    const draft = duoDraft({ ...base, vermoedelijkeReden: '', personNumber: undefined });
    const keys = duoFields(draft).map((f) => f.key);
    expect(keys).toContain('begindatum');
    expect(keys).not.toContain('vermoedelijkeReden');
    expect(keys).not.toContain('persoonsgebondenNummer');
  });

  it('fills a Verzuimloket-style form, BSN included, and leaves nothing it has no field for unmentioned', () => {
    const built = buildDuoMelding(base);
    if (!built.ok) throw new Error('draft');
    const window = new Window();
    window.document.write(`<form>
      <label for="bsn">BSN</label><input id="bsn">
      <label for="soort">Soort verzuim</label><select id="soort"><option>16 uur in 4 weken</option><option>Langdurig relatief verzuim</option></select>
      <label for="b">Begindatum verzuim</label><input id="b" type="date"><label for="e">Einddatum verzuim</label><input id="e" type="date">
      <fieldset><legend>Alle lessen gemist</legend><label><input type="radio" name="a" value="ja">Ja</label><label><input type="radio" name="a" value="nee">Nee</label></fieldset>
      <label for="r">Vermoedelijke reden</label><textarea id="r"></textarea>
      <label for="o">Door school ondernomen actie</label><textarea id="o"></textarea>
      <label><input type="checkbox" name="g">Actie door gemeente gewenst</label>
      <label for="n">Naam melder</label><input id="n"><label for="m">E-mailadres melder</label><input id="m" type="email">
    </form>`);
    const result = fillForm(window.document as unknown as Document, duoFields(built.melding));
    const doc = window.document;
    expect((doc.querySelector('#bsn') as unknown as HTMLInputElement).value).toBe('111222333');
    expect((doc.querySelector('#e') as unknown as HTMLInputElement).value).toBe(built.melding.einddatum);
    expect(result.missing.map((m) => m.key)).toEqual(['leslocatie', 'melderFunctie', 'melderTelefoon']);
  });
});

describe('melding to the samenwerkingsverband', () => {
  const swv = {
    ...swvPrefill({ pupil: pupilAssessment.pupil, signal: thuiszitter, explanation: 'Thuiszitter sinds 5 okt — 35 schooldagen', school: 'De Demoschool' }),
    schoolActions: 'Huisbezoek, gesprek met ouders', betrokkenen: ['Jeugdarts', 'Leerplicht'], wensen: 'Terug naar de eigen groep', contactpersoon: 'IB-er De Demoschool',
  };

  it('starts thuiszitten on the first day the pupil did not appear, and has no number field', () => {
    const built = buildSwvMelding(swv);
    expect(built).toMatchObject({ ok: true, melding: { startdatumThuiszitten: '2026-10-05', naam: 'Daan Voorbeeld' } });
    if (built.ok) expect(swvFields(built.melding).map((f) => f.key)).not.toContain('persoonsgebondenNummer');
  });

  it('refuses a BSN typed anywhere in it', () => {
    const built = buildSwvMelding({ ...swv, schoolActions: 'Dossier van BSN 111222333 opgevraagd' });
    expect(built).toEqual({ ok: false, problems: [expect.stringMatching(/BSN te staan in "schoolActions"/)] });
  });
});

describe('one table of field limits', () => {
  it('the check and the stored draft agree: a 201-character vermoedelijke reden is too long for both', async () => {
    const { duoProblems } = await import('../../lib/meldingen/drafts.ts');
    const { DUO_FIELDS } = await import('../../lib/meldingen/fields.ts');
    const { meldingDraftSchema } = await import('../../lib/meldingen/record.ts');
    const long = 'x'.repeat(DUO_FIELDS.vermoedelijkeReden.max + 1);
    expect(DUO_FIELDS.vermoedelijkeReden.max).toBe(200);
    expect(duoProblems({ ...base, vermoedelijkeReden: long }).join(' ')).toMatch(/Vermoedelijke reden.*200/);
    const draft = {
      id: 'd', pupilId: 'L1', pupilName: 'A', signalTitle: 't', explanation: [], createdAt: 'x', updatedAt: 'x', kind: 'leerplicht',
      prefill: prefillOf(thuiszitter), input: { ...base, vermoedelijkeReden: long },
    };
    expect(meldingDraftSchema.safeParse(draft).success).toBe(false);
    expect(meldingDraftSchema.safeParse({ ...draft, input: { ...base } }).success).toBe(true);
  });
});

describe('each melding is one table of fields', () => {
  it('every DUO text field: its table limit is the stored draft’s limit and the check’s, in the field’s own name', async () => {
    const { duoProblems } = await import('../../lib/meldingen/drafts.ts');
    const { DUO_FIELDS } = await import('../../lib/meldingen/fields.ts');
    const { meldingDraftSchema } = await import('../../lib/meldingen/record.ts');
    const setters: Record<string, (input: DuoInput, value: string) => DuoInput> = {
      vermoedelijkeReden: (i, v) => ({ ...i, vermoedelijkeReden: v }),
      ondernomenActie: (i, v) => ({ ...i, ondernomenActie: v }),
      toelichtingActie: (i, v) => ({ ...i, toelichtingActie: v }),
      telefoonOuder: (i, v) => ({ ...i, telefoonOuder: v }),
      leslocatie: (i, v) => ({ ...i, leslocatie: v }),
      melderNaam: (i, v) => ({ ...i, melder: { ...i.melder, naam: v } }),
      melderFunctie: (i, v) => ({ ...i, melder: { ...i.melder, functie: v } }),
      melderTelefoon: (i, v) => ({ ...i, melder: { ...i.melder, telefoon: v } }),
      melderEmail: (i, v) => ({ ...i, melder: { ...i.melder, email: v } }),
    };
    const limited = Object.values(DUO_FIELDS).filter((f) => 'max' in f);
    expect(limited.map((f) => f.key).sort()).toEqual(Object.keys(setters).sort());
    for (const f of limited) {
      const max = (f as { max: number }).max;
      const input = setters[f.key]!(base, 'x'.repeat(max + 1));
      const draft = { id: 'd', pupilId: 'L1', pupilName: 'A', signalTitle: 't', explanation: [], createdAt: 'x', updatedAt: 'x', kind: 'leerplicht', prefill: input.prefill, input };
      expect([f.key, meldingDraftSchema.safeParse(draft).success]).toEqual([f.key, false]);
      expect([f.key, duoProblems(input).some((p) => p.startsWith(`${f.name} is te lang (ten hoogste ${max} tekens)`))]).toEqual([f.key, true]);
      const fits = setters[f.key]!(base, f.key === 'melderEmail' ? `${'x'.repeat(max - 12)}@school.nl` : 'x'.repeat(max));
      expect([f.key, meldingDraftSchema.safeParse({ ...draft, input: fits }).success]).toEqual([f.key, true]);
    }
  });

  it('the filler looks for each field by the wordings in its table', async () => {
    const { duoDraft, duoFields } = await import('../../lib/meldingen/drafts.ts');
    const { DUO_FIELDS } = await import('../../lib/meldingen/fields.ts');
    const fields = duoFields(duoDraft({ ...base, toelichtingActie: 'Loopt al', telefoonOuder: '0612345678' }));
    for (const spec of fields) {
      const f = DUO_FIELDS[spec.key as keyof typeof DUO_FIELDS];
      if (spec.key !== 'persoonsgebondenNummer') expect([spec.key, spec.labels]).toEqual([spec.key, [...f.formLabels]]);
    }
    expect(fields.map((f) => f.key)).toContain('telefoonOuder');
  });
});
