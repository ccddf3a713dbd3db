import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { fillForm, meldingFormKind, namesOf, type FieldSpec } from '../../lib/forms/fill.ts';

function load(html: string): Document {
  const window = new Window({ url: 'https://verzuimloket.example/' });
  window.document.write(html);
  return window.document as unknown as Document;
}

const FORM = `<form>
  <label for="bd">Begindatum verzuim *</label><input id="bd" type="date">
  <label for="ed">Einddatum</label><input id="ed" placeholder="dd-mm-jjjj">
  <label>Soort verzuim <select name="soort"><option value="">Kies…</option><option value="V3">16 uur in 4 weken</option><option value="LRV">Langdurig relatief verzuim</option></select></label>
  <fieldset><legend>Alle lessen gemist?</legend>
    <label><input type="radio" name="alle" value="J"> Ja</label><label><input type="radio" name="alle" value="N"> Nee</label></fieldset>
  <textarea name="vermoedelijkeReden" maxlength="200"></textarea>
  <input aria-label="Burgerservicenummer" name="x1">
  <label><input type="checkbox" name="actieGewenst"> Actie door gemeente gewenst</label>
  <label for="loc">Leslocatie</label><input id="loc" disabled>
  <input type="submit" value="Versturen">
</form>`;

const specs: FieldSpec[] = [
  { key: 'begindatum', labels: ['begindatum verzuim', 'begindatum'], value: '2026-10-05', type: 'date' },
  { key: 'einddatum', labels: ['einddatum verzuim', 'einddatum'], value: '2026-11-09', type: 'date' },
  { key: 'verzuimsoort', labels: ['soort verzuim', 'verzuimsoort'], value: 'Langdurig relatief verzuim', type: 'choice' },
  { key: 'alleLessenGemist', labels: ['alle lessen gemist'], value: true, type: 'yesno' },
  { key: 'reden', labels: ['vermoedelijke reden', 'reden verzuim'], value: 'Angst om naar school te gaan' },
  { key: 'bsn', labels: ['burgerservicenummer', 'bsn'], value: '111222333' },
  { key: 'actieGemeente', labels: ['actie door gemeente gewenst'], value: true, type: 'yesno' },
  { key: 'leslocatie', labels: ['leslocatie', 'naam leslocatie'], value: 'Hoofdgebouw' },
  { key: 'telefoonOuder', labels: ['telefoonnummer ouder'], value: '0612345678' },
];

describe('filling a melding into the form on the page', () => {
  it('finds fields by label, legend, aria-label and name, and fills each kind', () => {
    const doc = load(FORM);
    const result = fillForm(doc, specs);
    const value = (selector: string) => (doc.querySelector(selector) as HTMLInputElement).value;
    expect(value('#bd')).toBe('2026-10-05');
    expect(value('#ed')).toBe('09-11-2026');
    expect(value('select')).toBe('LRV');
    expect((doc.querySelector('input[value="J"]') as HTMLInputElement).checked).toBe(true);
    expect(value('textarea')).toBe('Angst om naar school te gaan');
    expect(value('[aria-label="Burgerservicenummer"]')).toBe('111222333');
    expect((doc.querySelector('[name="actieGewenst"]') as HTMLInputElement).checked).toBe(true);
    expect(result.filled.map((f) => f.key)).toEqual(['begindatum', 'einddatum', 'verzuimsoort', 'alleLessenGemist', 'reden', 'bsn', 'actieGemeente']);
    expect(result.missing).toEqual([
      { key: 'leslocatie', reason: 'het veld is niet te bewerken' },
      { key: 'telefoonOuder', reason: 'geen veld gevonden' },
    ]);
  });

  it('fires the events a framework listens to, and never submits', () => {
    const doc = load(FORM);
    const seen: string[] = [];
    for (const type of ['input', 'change']) doc.addEventListener(type, (e) => seen.push(`${type}:${(e.target as HTMLElement).getAttribute('name') ?? (e.target as HTMLElement).id}`), true);
    let submitted = false;
    doc.querySelector('form')!.addEventListener('submit', () => (submitted = true));
    fillForm(doc, specs.slice(0, 1).concat(specs[4]!));
    expect(seen).toEqual(['input:bd', 'change:bd', 'input:vermoedelijkeReden', 'change:vermoedelijkeReden']);
    expect(submitted).toBe(false);
  });

  it('refuses a value that does not fit instead of cutting it', () => {
    const doc = load(FORM);
    const result = fillForm(doc, [{ key: 'reden', labels: ['vermoedelijke reden'], value: 'x'.repeat(250) }]);
    expect(result.missing).toEqual([{ key: 'reden', reason: 'te lang (ten hoogste 200 tekens)' }]);
    expect((doc.querySelector('textarea') as HTMLTextAreaElement).value).toBe('');
  });

  it('reads the names of a field in every way forms give them', () => {
    const doc = load('<label for="a">Naam melder:</label><input id="a" name="naamMelder" placeholder="Voor- en achternaam">');
    expect(namesOf(doc.querySelector('input')!)).toEqual(['naam melder', 'voor en achternaam', 'naam melder', 'a']);
  });
});

describe('which melding a form is for', () => {
  it('recognises a DUO form, an SWV form (which wins a tie, so no BSN goes there) and a page without one', () => {
    expect(meldingFormKind(load(FORM))).toBe('leerplicht');
    const swv = `<form><label for="a">Startdatum thuiszitten</label><input id="a"><label for="b">Reden aanmelding / hulpvraag</label><textarea id="b"></textarea>
      <label for="c">BSN (indien bekend)</label><input id="c"><label for="d">Wensen leerling en ouders</label><textarea id="d"></textarea></form>`;
    expect(meldingFormKind(load(swv))).toBe('swv');
    expect(meldingFormKind(load('<form><label for="q">Zoeken</label><input id="q"></form>'))).toBeNull();
    expect(meldingFormKind(load('<p>Geen formulier</p>'))).toBeNull();
  });

  it('lists the form fields it left empty for the user, a radio group once', () => {
    const doc = load(`<form><label for="n">Naam melder</label><input id="n"><label for="t">Telefoonnummer ouder</label><input id="t">
      <fieldset><legend>Geslacht</legend><label><input type="radio" name="g" value="m">M</label><label><input type="radio" name="g" value="v">V</label></fieldset></form>`);
    const result = fillForm(doc, [{ key: 'melderNaam', labels: ['naam melder'], value: 'A. Administratie' }]);
    expect(result.filled.map((f) => f.key)).toEqual(['melderNaam']);
    expect(result.empty.map((e) => e.getAttribute('id') ?? e.getAttribute('name'))).toEqual(['t', 'g']);
  });
});

describe('field groups and partners under other names', () => {
  it('reads "Melder" › "Telefoonnummer" from a fieldset legend or a section heading', async () => {
    const { duoFields } = await import('../../lib/meldingen/drafts.ts');
    const melder = { naam: 'A. Administratie', functie: 'Leerlingadministratie', telefoon: '030-1234567', email: 'administratie@school.example' };
    const melding = {
      persoonsgebondenNummer: { kind: 'bsn', value: '111222333' }, verzuimsoort: '16-uur', begindatum: '2026-11-02', alleLessenGemist: true,
      vermoedelijkeReden: 'x', ondernomenActie: 'y', actieGemeenteGewenst: false, leslocatie: 'Hoofdgebouw', melder,
    } as unknown as Parameters<typeof duoFields>[0];
    const fields = duoFields(melding).filter((f) => f.key.startsWith('melder'));
    for (const html of [
      '<form><fieldset><legend>Melder</legend><label>Naam <input id="n"></label><label>Functie <input id="f"></label><label>Telefoonnummer <input id="t"></label><label>E-mailadres <input id="e"></label></fieldset></form>',
      '<form><section><h3>Gegevens melder</h3><label>Naam <input id="n"></label><label>Functie <input id="f"></label><label>Telefoonnummer <input id="t"></label><label>E-mailadres <input id="e"></label></section></form>',
    ]) {
      const doc = load(html);
      const result = fillForm(doc, fields);
      const value = (id: string) => (doc.getElementById(id) as HTMLInputElement).value;
      expect([value('n'), value('f'), value('t'), value('e')]).toEqual([melder.naam, melder.functie, melder.telefoon, melder.email]);
      expect(result.missing).toEqual([]);
    }
  });

  it('ticks "Leerplichtambtenaar" or "LPA" for the draft\'s Leerplicht', async () => {
    const { swvFields } = await import('../../lib/meldingen/drafts.ts');
    const spec = swvFields({ betrokkenen: ['Leerplicht'] } as unknown as Parameters<typeof swvFields>[0]).filter((f) => f.key.startsWith('betrokken'));
    for (const label of ['Leerplichtambtenaar', 'LPA']) {
      const doc = load(`<form><fieldset><legend>Betrokken</legend><label><input type="checkbox" id="x"> ${label}</label><label><input type="checkbox" id="o"> Ouders</label></fieldset></form>`);
      fillForm(doc, spec);
      expect((doc.getElementById('x') as HTMLInputElement).checked).toBe(true);
      expect((doc.getElementById('o') as HTMLInputElement).checked).toBe(false);
    }
  });
});
