/**
 * Demo melding targets: a DUO Verzuimloket-style form (VO/MBO, dd-mm-jjjj text dates), a
 * ParnasSys-style melding screen (PO, date inputs, aria-labels, checkboxes) and a Kindkans-style SWV
 * aanmelding (a React-controlled form, served by the demo server from scripts/demo-forms/). They
 * imitate the wording of the real forms (RULES.md §2.3); nothing is sent anywhere.
 */
import { escapeHtml, page } from './html.ts';

const STYLE = `form{background:#fff;border:1px solid #d5dbe1;padding:16px;max-width:720px;display:grid;gap:10px}
label{font-weight:600}.row{display:grid;gap:4px}.inline{display:flex;gap:12px;align-items:center}
input,select,textarea{font:inherit;padding:5px}fieldset{border:1px solid #d5dbe1}
.sent{background:#eaf6ee;border:1px solid #1e6b35;padding:8px}`;

/** The page's own "submit": shows that nothing left the page. */
const NO_SEND = `<script>document.querySelector('form').addEventListener('submit',function(e){e.preventDefault();document.getElementById('sent').textContent='Demo: niets verstuurd.';});</script>`;

export function verzuimloketForm(): string {
  const body = `<header class="app">Mijn DUO · Verzuimloket (demo)</header><main>
<h1>Verzuimmelding doorgeven</h1>
<form id="melding" autocomplete="off">
<div class="row"><label for="bsn">Burgerservicenummer (BSN)</label><input id="bsn" name="bsn" inputmode="numeric" maxlength="9"></div>
<div class="row"><label for="onr">Onderwijsnummer (alleen zonder BSN)</label><input id="onr" name="onderwijsnummer" maxlength="9"></div>
<div class="row"><label for="soort">Soort verzuim</label><select id="soort" name="verzuimsoort"><option value="">Kies…</option><option value="V3">16 uur in 4 weken</option><option value="LRV">Langdurig relatief verzuim</option><option value="L">Luxe verzuim</option><option value="O">Overig verzuim</option><option value="RMC">RMC</option></select></div>
<div class="row"><label for="begin">Begindatum verzuim</label><input id="begin" name="begindatum" placeholder="dd-mm-jjjj"></div>
<div class="row"><label for="eind">Einddatum verzuim</label><input id="eind" name="einddatum" placeholder="dd-mm-jjjj"></div>
<fieldset><legend>Alle lessen gemist</legend><label><input type="radio" name="alleLessen" value="J"> Ja</label> <label><input type="radio" name="alleLessen" value="N"> Nee</label></fieldset>
<div class="row"><label for="reden">Vermoedelijke reden verzuim</label><textarea id="reden" name="vermoedelijkeReden" maxlength="200"></textarea></div>
<div class="row"><label for="actie">Door school ondernomen actie</label><textarea id="actie" name="toelichtingOndernomenactie"></textarea></div>
<fieldset><legend>Actie door gemeente gewenst</legend><label><input type="radio" name="actieOndernemen" value="J"> Ja</label> <label><input type="radio" name="actieOndernemen" value="N"> Nee</label></fieldset>
<div class="row"><label for="tgew">Toelichting actie gewenst</label><textarea id="tgew" name="toelichtingActieGewenst"></textarea></div>
<div class="row"><label for="loc">Naam leslocatie</label><select id="loc" name="leslocatie"><option value="">Kies…</option><option>Hoofdgebouw</option><option>Dependance Zuid</option></select></div>
<div class="row"><label for="mnaam">Naam melder</label><input id="mnaam" maxlength="100"></div>
<div class="row"><label for="mfunctie">Functie melder</label><input id="mfunctie" maxlength="60"></div>
<div class="row"><label for="mtel">Telefoonnummer melder</label><input id="mtel"></div>
<div class="row"><label for="mmail">E-mailadres melder</label><input id="mmail" type="email" maxlength="100"></div>
<div class="row"><label for="touder">Telefoonnummer ouder of leerling</label><input id="touder"></div>
<div class="row"><label for="adres">Afwijkend verblijfadres</label><input id="adres"></div>
<button type="submit">Melding versturen</button><p id="sent" class="sent" role="status"></p>
</form></main>${NO_SEND}`;
  return page('Verzuimloket – melding', 'generiek', body, STYLE);
}

export function parnassysMeldingForm(pupil: { name: string; id: string }): string {
  const body = `<header class="app">ParnasSys · De Demoschool (fictief) · Verzuimmelding DUO</header><main>
<h1>Nieuwe verzuimmelding</h1>
<p>Leerling: ${escapeHtml(pupil.name)} (${escapeHtml(pupil.id)})</p>
<form autocomplete="off">
<div class="row"><label for="pgn">BSN</label><input id="pgn" name="persoonsgebondenNummer"></div>
<div class="row"><label for="vs">Verzuimsoort</label><select id="vs"><option value="">-</option><option value="1">16 uur in 4 weken</option><option value="2">Langdurig relatief verzuim</option><option value="3">Luxe verzuim</option><option value="4">Overig verzuim</option></select></div>
<div class="inline"><input type="date" aria-label="Begindatum verzuim"> <input type="date" aria-label="Einddatum verzuim"></div>
<label class="inline"><input type="checkbox" name="alleLessenGemist"> Alle lessen gemist</label>
<div class="row"><label for="vr">Vermoedelijke reden</label><textarea id="vr" maxlength="200"></textarea></div>
<div class="row"><label for="oa">Ondernomen actie</label><textarea id="oa"></textarea></div>
<label class="inline"><input type="checkbox" name="actieGemeenteGewenst"> Actie gemeente gewenst</label>
<div class="row"><label for="ll">Leslocatie</label><input id="ll"></div>
<fieldset><legend>Melder</legend>
<input aria-label="Naam melder"> <input aria-label="Functie melder"> <input aria-label="Telefoonnummer melder"> <input aria-label="E-mailadres melder">
</fieldset>
<button type="submit">Opslaan en doorzetten naar DUO</button><p id="sent" class="sent" role="status"></p>
</form></main>${NO_SEND}`;
  return page('ParnasSys – verzuimmelding', 'parnassys', body, STYLE);
}

export function kindkansForm(): string {
  const body = `<header class="app">Kindkans-stijl · Samenwerkingsverband Demo (fictief)</header><main>
<h1>Aanmelding thuiszitter / hulpvraag</h1>
<div id="root">Formulier laden…</div></main><script src="/demo-assets/kindkans.js"></script>`;
  return page('Aanmelding thuiszitter', 'generiek', body, STYLE);
}
