/**
 * Demo pages of the fictional school, in the style of ParnasSys, Magister (AngularJS/Kendo) and
 * Somtoday (sl-registratie), built from the demo school's absences relative to the peildatum.
 * `npm run demo` serves them, and the e2e tests use them as fixtures.
 */
import { dayToIso, isoToDay, weekdayOf, type IsoDate } from '../../lib/calendar/days.ts';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';
import { DEMO_PUPILS, demoBirthDate, demoRows, type DemoPupil, type DemoRow } from './demoSchool.ts';
import { kindkansForm, parnassysMeldingForm, verzuimloketForm } from './forms.ts';
import { escapeHtml, page } from './html.ts';

export { escapeHtml };

export const DEMO_PAGES = [
  { path: '/parnassys/leerling/900101', title: 'ParnasSys – leerlingkaart (thuiszitter)', system: 'parnassys' },
  { path: '/parnassys/leerling/900108', title: 'ParnasSys – leerlingkaart (MAZL)', system: 'parnassys' },
  { path: '/parnassys/ochtend/900101', title: 'ParnasSys – leerlingkaart om 8 uur ’s ochtends (vandaag nog niets geregistreerd)', system: 'parnassys' },
  { path: '/parnassys/twee-weken/900101', title: 'ParnasSys – leerlingkaart met alleen de laatste twee weken (niet te beoordelen)', system: 'parnassys' },
  { path: '/parnassys/groep', title: 'ParnasSys – absentieoverzicht van de school', system: 'parnassys' },
  { path: '/eduarte/deelnemer/900102', title: 'EduArte – absentiemeldingen van een deelnemer (Datum/tijd in één cel)', system: 'eduarte' },
  { path: '/magister/afwezigheid', title: 'Magister – afwezigheid (dreigend thuiszitter)', system: 'magister' },
  { path: '/somtoday/registraties', title: 'Somtoday – registraties (meldplicht 16 uur)', system: 'somtoday' },
  { path: '/spa', title: 'Webapplicatie die later laadt en van leerling wisselt', system: 'parnassys' },
  { path: '/onbekend/leerling/900103', title: 'Een systeem dat de extensie niet kent ("Leer deze pagina")', system: 'generiek' },
  { path: '/magister/app', title: 'Magister-app: leest de absenties die de pagina zelf laadt (JSON)', system: 'magister' },
  { path: '/somtoday/app', title: 'Somtoday-app: leest het registratieoverzicht dat de pagina zelf laadt (JSON)', system: 'somtoday' },
  { path: '/duo/verzuimloket', title: 'DUO Verzuimloket-stijl: meldformulier (VO/mbo) om in te vullen', system: 'generiek' },
  { path: '/parnassys/melding/900101', title: 'ParnasSys-stijl: scherm voor de verzuimmelding (PO) om in te vullen', system: 'parnassys' },
  { path: '/kindkans/aanmelding', title: 'Kindkans-stijl: aanmelding thuiszitter bij het samenwerkingsverband (React-formulier)', system: 'generiek' },
] as const;

/** Fictional BSNs (they pass the elfproef, as test numbers do) shown on some pupils' cards; others have none on the page. */
export const DEMO_BSN: Readonly<Record<string, string>> = { '900101': '111222333' };

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

const nlDate = (iso: IsoDate) => iso.split('-').reverse().join('-');
const fullName = (p: DemoPupil) => `${p.firstName} ${p.lastName}`;

function rowsOf(rows: DemoRow[], id: string): DemoRow[] {
  return rows.filter((r) => r.pupil.id === id);
}

function identity(p: DemoPupil, peildatum: number): string {
  return `<dl class="leerlinggegevens">
<dt>Naam</dt><dd class="naam">${escapeHtml(fullName(p))}</dd>
<dt>Leerlingnummer</dt><dd>${escapeHtml(p.id)}</dd>
<dt>Geboortedatum</dt><dd>${nlDate(demoBirthDate(p.age, peildatum, Number(p.id) % 97))}</dd>
<dt>Groep</dt><dd>${escapeHtml(p.group)}</dd>
${DEMO_BSN[p.id] ? `<dt>BSN</dt><dd>${DEMO_BSN[p.id]}</dd>` : ''}
</dl>`;
}

/** ParnasSys-style: the pupil's card with an absence table (Datum, Tijd, Reden, Geoorloofd, Opmerking). */
export function parnassysPupilPage(peildatum: IsoDate, id: string, lastWeeks?: number): string {
  const pupil = DEMO_PUPILS.find((p) => p.id === id);
  if (!pupil) return page('Onbekende leerling', 'parnassys', '<main><p>Leerling niet gevonden.</p></main>');
  let rows = rowsOf(demoRows(peildatum), id);
  if (lastWeeks) {
    // The page's own filter: only the last few lesweken.
    const calendar = new SchoolCalendar();
    const from = dayToIso(calendar.addSchoolWeeks(calendar.previousSchoolDay(isoToDay(peildatum)), -lastWeeks) + 1);
    rows = rows.filter((r) => r.date >= from);
  }
  const body = `<header class="app">ParnasSys · De Demoschool (fictief)</header><main>
<h1>Leerlingkaart</h1>
${identity(pupil, isoToDay(peildatum))}
<h2>Absenties</h2>${lastWeeks ? `<p class="filter">Periode: laatste ${lastWeeks} weken</p>` : ''}
<table class="absenties"><thead><tr><th>Datum</th><th>Tijd</th><th>Reden</th><th>Geoorloofd</th><th>Opmerking</th></tr></thead><tbody>
${rows
  .map((r) => `<tr><td>${nlDate(r.date)}</td><td>${r.startTime ? `${r.startTime}-${r.endTime}` : 'hele dag'}</td><td>${escapeHtml(r.reason)}</td><td>${r.geoorloofd || ''}</td><td></td></tr>`)
  .join('\n')}
</tbody></table></main>`;
  return page(`Leerlingkaart ${fullName(pupil)}`, 'parnassys', body);
}

/** ParnasSys-style school overview: one row per registration, a column per pupil detail. */
export function parnassysGroupPage(peildatum: IsoDate): string {
  const rows = demoRows(peildatum);
  const body = `<header class="app">ParnasSys · De Demoschool (fictief)</header><main>
<h1>Absentieoverzicht</h1>
<table class="overzicht"><thead><tr><th>Leerling</th><th>Leerlingnummer</th><th>Groep</th><th>Geboortedatum</th><th>Vrijstelling</th><th>Datum</th><th>Begintijd</th><th>Eindtijd</th><th>Reden</th><th>Geoorloofd</th></tr></thead><tbody>
${rows
  .map((r) => {
    const p = r.pupil;
    return `<tr><td class="naam">${escapeHtml(fullName(p))}</td><td>${p.id}</td><td>${escapeHtml(p.group)}</td><td>${nlDate(demoBirthDate(p.age, isoToDay(peildatum), Number(p.id) % 97))}</td><td>${escapeHtml(p.vrijstelling ?? '')}</td><td>${nlDate(r.date)}</td><td>${r.startTime ?? ''}</td><td>${r.endTime ?? ''}</td><td>${escapeHtml(r.reason)}</td><td>${r.geoorloofd}</td></tr>`;
  })
  .join('\n')}
</tbody></table></main>`;
  return page('Absentieoverzicht', 'parnassys', body);
}

/** A VO timetable of eight lessons (the default until a school sets its own): a whole day becomes lessons 1–8, a morning lessons 1–3. */
function lessonsOf(row: DemoRow): [number, number] {
  if (!row.startTime) return [1, 8];
  return row.startTime === '08:30' ? [1, 3] : [3, 4];
}

/** Magister-style (Kendo grid: header and content tables apart, rows grouped by month). */
export function magisterPage(peildatum: IsoDate, id = '900103'): string {
  const pupil = DEMO_PUPILS.find((p) => p.id === id)!;
  const rows = rowsOf(demoRows(peildatum), id);
  let month = '';
  const lines: string[] = [];
  for (const r of rows) {
    const m = MONTHS[Number(r.date.slice(5, 7)) - 1]!;
    if (m !== month) {
      month = m;
      lines.push(`<tr class="k-grouping-row"><td class="k-group-cell"></td><td colspan="4"><p class="k-reset">${m} ${r.date.slice(0, 4)}</p></td></tr>`);
    }
    const [from, to] = lessonsOf(r);
    for (let lesuur = from; lesuur <= to; lesuur++) {
      lines.push(
        `<tr class="ng-scope"><td class="k-group-cell"></td><td class="ng-binding">${DAYS[weekdayOf(isoToDay(r.date))]} ${Number(r.date.slice(8))} ${MONTHS[Number(r.date.slice(5, 7)) - 1]} ${r.date.slice(0, 4)}</td><td>${lesuur}</td><td>${escapeHtml(r.reason)}</td><td>${r.geoorloofd === 'ja' ? 'geoorloofd' : r.geoorloofd === 'nee' ? 'ongeoorloofd' : ''}</td></tr>`,
      );
    }
  }
  const body = `<div class="appbar">Magister</div><header class="app">Magister · Afwezigheid</header><main class="ng-scope" data-ng-controller="aanwezigheidController">
<h1>Afwezigheid</h1>
<div class="widget"><div class="block"><h3><b>Leerling</b></h3><dl class="list-dl">
<dt>Naam</dt><dd class="ng-binding">${escapeHtml(fullName(pupil))}</dd><dt>Stamnummer</dt><dd class="ng-binding">${pupil.id}</dd><dt>Klas</dt><dd class="ng-binding">${escapeHtml(pupil.group.replace(/^\d/, '3'))}</dd></dl></div></div>
<div class="sm-grid k-grid k-widget">
<div class="k-grid-header"><table><thead><tr><th class="k-group-cell k-header"></th><th class="k-header">Datum</th><th class="k-header">Lesuur</th><th class="k-header">Omschrijving</th><th class="k-header">(On)geoorloofd</th></tr></thead></table></div>
<div class="k-grid-content"><table class="table-grid-layout"><tbody>
${lines.join('\n')}
</tbody></table></div></div></main>`;
  return page(`Magister – ${fullName(pupil)}`, 'magister', body);
}

/** Somtoday-style: sl-registratie elements under their category heading, described by aria-label. */
export function somtodayPage(peildatum: IsoDate, id = '900105'): string {
  const pupil = DEMO_PUPILS.find((p) => p.id === id)!;
  const rows = rowsOf(demoRows(peildatum), id);
  const groups: [string, DemoRow[]][] = [
    ['Afwezig ongeoorloofd', rows.filter((r) => r.geoorloofd === 'nee')],
    ['Afwezig geoorloofd', rows.filter((r) => r.geoorloofd === 'ja')],
  ];
  // The app's own wording (release 2.6.1): "Ma 23 nov", "Vandaag 30 nov", "2e tot 3e uur".
  const label = (r: DemoRow) => {
    const [from, to] = lessonsOf(r);
    const short = `${Number(r.date.slice(8))} ${MONTHS[Number(r.date.slice(5, 7)) - 1]}`;
    const weekday = DAYS[weekdayOf(isoToDay(r.date))]!;
    const day = r.date === peildatum ? `Vandaag ${short}` : `${weekday[0]!.toUpperCase()}${weekday.slice(1)} ${short}`;
    return `${r.reason}, ${day}, ${from === to ? `${from}e uur` : `${from}e tot ${to}e uur`}, Nederlands`;
  };
  const body = `<header class="app">Somtoday Leerling</header><main><sl-registratie-overzicht>
<h1>Registraties</h1><p class="profiel">Naam: ${escapeHtml(fullName(pupil))}</p>
${groups
  .map(
    ([title, list]) => `<section><hmy-registratie-categorie>${title}</hmy-registratie-categorie><sl-registraties-list>
${list.map((r) => `<sl-registratie aria-label="${escapeHtml(label(r))}" tabindex="0"><span>${escapeHtml(r.reason)}</span> <span>${nlDate(r.date)}</span></sl-registratie>`).join('\n')}
</sl-registraties-list></section>`,
  )
  .join('\n')}
</sl-registratie-overzicht></main>`;
  return page(`Somtoday – ${fullName(pupil)}`, 'somtoday', body, 'sl-registratie{display:block;background:#fff;margin:4px 0;padding:6px;border:1px solid #d5dbe1}');
}

/**
 * EduArte-style deelnemer page "Absentiemeldingen" (an imitation for the demo; the real shape is in
 * test/hosts/eduarte/): the title bar "<nummer> <naam>", and one row per melding with the period in one
 * Datum/tijd cell ("02-11-2026 t/m 27-11-2026", "05-10-2026 10:00:00 - 11:30:00").
 */
export function eduartePage(peildatum: IsoDate, id: string): string {
  const pupil = DEMO_PUPILS.find((p) => p.id === id)!;
  const rows = rowsOf(demoRows(peildatum), id);
  const meldingen: { reason: string; cell: string }[] = [];
  let run: DemoRow[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = nlDate(run[0]!.date);
    const last = nlDate(run[run.length - 1]!.date);
    meldingen.push({ reason: run[0]!.reason, cell: first === last ? first : `${first} t/m ${last}` });
    run = [];
  };
  const calendar = new SchoolCalendar();
  for (const r of rows) {
    if (r.startTime) {
      flush();
      meldingen.push({ reason: r.reason, cell: `${nlDate(r.date)} ${r.startTime}:00 - ${r.endTime}:00` });
      continue;
    }
    const previous = run[run.length - 1];
    // One melding for whole days in a row (weekends and holidays between do not break it).
    if (previous && (previous.reason !== r.reason || calendar.nextSchoolDay(isoToDay(previous.date) + 1) !== isoToDay(r.date))) flush();
    run.push(r);
  }
  flush();
  const body = `<div id="layTitlebar"><span class="LayTitlebarDeelnemer">${escapeHtml(pupil.id)} ${escapeHtml(fullName(pupil))}</span></div>
<main><h2>Absentiemeldingen</h2><table class="tblData"><thead><tr><th>Her.</th><th>Reden</th><th>Datum/tijd</th><th>Afgehandeld</th><th>Opmerkingen</th></tr></thead><tbody>
${meldingen.reverse().map((m) => `<tr><td></td><td>${escapeHtml(m.reason)}</td><td>${m.cell}</td><td>Ja</td><td></td></tr>`).join('\n')}
</tbody></table></main>`;
  return page(`EduArte – ${fullName(pupil)}`, 'eduarte', body);
}

/**
 * A single-page app: the absence table arrives 400 ms after load, and the buttons swap the pupil
 * without reloading (history.pushState), the way Magister and Somtoday re-render.
 */
export function spaPage(peildatum: IsoDate): string {
  const pupils = ['900101', '900107'].map((id) => {
    const p = DEMO_PUPILS.find((x) => x.id === id)!;
    return { id, name: fullName(p), group: p.group, rows: rowsOf(demoRows(peildatum), id).map((r) => [nlDate(r.date), r.reason, r.geoorloofd]) };
  });
  // The app's data as JSON in a script block, rendered with DOM calls, as a framework would.
  const data = JSON.stringify(pupils).replace(/</g, '\\u003c');
  const body = `<header class="app">SPA · De Demoschool (fictief)</header><main><nav>
${pupils.map((p) => `<button type="button" data-show="${p.id}">${escapeHtml(p.name)}</button>`).join(' ')}
</nav><div id="app"><p>Laden…</p></div></main>
<script>
const pupils = ${data};
function show(id) {
  const p = pupils.find((x) => x.id === id);
  const app = document.getElementById('app');
  app.replaceChildren();
  const h = document.createElement('h1'); h.textContent = p.name; app.append(h);
  const info = document.createElement('p'); info.textContent = 'Leerlingnummer: ' + p.id; app.append(info);
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const t of ['Datum', 'Reden', 'Geoorloofd']) { const th = document.createElement('th'); th.textContent = t; head.append(th); }
  const body = table.createTBody();
  for (const r of p.rows) { const tr = body.insertRow(); for (const v of r) tr.insertCell().textContent = v; }
  app.append(table);
}
for (const b of document.querySelectorAll('[data-show]')) b.addEventListener('click', () => { history.pushState({}, '', '/spa/' + b.dataset.show); show(b.dataset.show); });
setTimeout(() => show(location.pathname.split('/')[2] || '${pupils[0]!.id}'), 400);
</script>`;
  return page('SPA', 'parnassys', body);
}

/** A system whose headers the readers do not know: the user teaches the extension this page. */
export function unknownSystemPage(peildatum: IsoDate, id: string): string {
  const pupil = DEMO_PUPILS.find((p) => p.id === id);
  if (!pupil) return page('Onbekend', 'generiek', '<main><p>Leerling niet gevonden.</p></main>');
  const rows = rowsOf(demoRows(peildatum), id);
  const body = `<header class="app">Leerlingvolgsysteem X (fictief)</header><main>
<h1>${escapeHtml(fullName(pupil))}</h1>
<table class="log"><thead><tr><th>Wanneer</th><th>Waarom</th><th>Toegestaan</th><th>Genoteerd door</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${nlDate(r.date)}</td><td>${escapeHtml(r.reason)}</td><td>${r.geoorloofd}</td><td>Administratie</td></tr>`).join('\n')}
</tbody></table></main>`;
  return page(`Leerling ${fullName(pupil)}`, 'generiek', body);
}

/** Magister's /api/personen/{id}/absenties for a demo pupil: one item per lesson (HOSTS.md §1.2). */
export function magisterAbsentiesJson(peildatum: IsoDate, id = '900103') {
  const items = rowsOf(demoRows(peildatum), id).flatMap((r, n) => {
    const [from, to] = lessonsOf(r);
    return Array.from({ length: to - from + 1 }, (_, i) => {
      const lesuur = from + i;
      // Lessons start at 8:15 local time; written in UTC as Magister does (this ignores the hour's DST shift: the date is what matters).
      const start = `${r.date}T${String(6 + lesuur).padStart(2, '0')}:15:00.0000000Z`;
      return {
        Id: 5000 + n * 10 + i, Start: `${r.date}T00:00:00.0000000Z`, Eind: `${r.date}T00:00:00.0000000Z`, Lesuur: lesuur,
        Geoorloofd: r.geoorloofd === 'ja', AfspraakId: 9000 + n * 10 + i, Omschrijving: `${r.reason} `, Verantwoordingtype: 1, Code: r.code,
        Afspraak: { Id: 9000 + n * 10 + i, Start: start, LesuurVan: lesuur, LesuurTotMet: lesuur, DuurtHeleDag: false, Omschrijving: 'ne - DEMO - 3a' },
      };
    });
  });
  return { Items: items, TotalCount: items.length, Links: [] };
}

/** Somtoday's registratieOverzicht in the wrapper shape (HOSTS.md §2.1) for a demo pupil. */
export function somtodayRegistratieJson(peildatum: IsoDate, id = '900105') {
  const rows = rowsOf(demoRows(peildatum), id);
  const registraties = (list: DemoRow[]) =>
    list.map((r) => {
      const [from, to] = lessonsOf(r);
      return { beginDatumTijd: `${r.date}T08:30:00`, eindDatumTijd: `${r.date}T11:30:00`, absentieReden: r.reason, beginLesuur: from, eindLesuur: to, minutenGemist: (to - from + 1) * 50, vakOfTitel: 'Nederlands' };
    });
  return {
    registraties: [
      { categorie: { kolom: 'ONGEOORLOOFD_AFWEZIG' }, periodeRegistratieDetails: { vakRegistraties: [{ registraties: registraties(rows.filter((r) => r.geoorloofd === 'nee')) }] } },
      { categorie: { kolom: 'GEOORLOOFD_AFWEZIG' }, periodeRegistratieDetails: { vakRegistraties: [{ registraties: registraties(rows.filter((r) => r.geoorloofd === 'ja')) }] } },
    ],
  };
}

/** An app page that loads its data itself and shows it as cards no reader recognises. */
function appPage(system: 'magister' | 'somtoday', title: string, pupil: DemoPupil, load: string): string {
  const body = `<header class="app">${escapeHtml(title)}</header><main>
<p class="profiel">Naam: ${escapeHtml(fullName(pupil))}</p><div id="kaarten"><p>Laden…</p></div></main>
<script>
function show(items) {
  const box = document.getElementById('kaarten');
  box.replaceChildren();
  for (const item of items) { const card = document.createElement('div'); card.className = 'kaart'; card.textContent = item; box.append(card); }
}
${load}
</script>`;
  return page(title, system, body, '.kaart{background:#fff;border:1px solid #d5dbe1;border-radius:6px;padding:6px 10px;margin:4px 0}');
}

export function indexPage(): string {
  const body = `<header class="app">De Demoschool (fictief) — demopagina's voor Thuiszitter-signaal</header><main><ul>
${DEMO_PAGES.map((p) => `<li><a href="${p.path}">${escapeHtml(p.title)}</a></li>`).join('\n')}
</ul><p>Alle namen en nummers zijn verzonnen; het verzuim is berekend vanaf vandaag.</p></main>`;
  return page('Demoschool', 'generiek', body);
}

/** The page for a path, or null (404). */
export function demoPage(path: string, peildatum: IsoDate): string | null {
  if (path === '/' || path === '/index.html') return indexPage();
  const pupil = /^\/parnassys\/leerling\/(\d+)$/.exec(path);
  if (pupil) return parnassysPupilPage(peildatum, pupil[1]!);
  // A page that shows only the last two lesweken (a filter on the page): too little to judge a thuiszitter.
  const twoWeeks = /^\/parnassys\/twee-weken\/(\d+)$/.exec(path);
  if (twoWeeks) return parnassysPupilPage(peildatum, twoWeeks[1]!, 2);
  const eduarte = /^\/eduarte\/deelnemer\/(\d+)$/.exec(path);
  if (eduarte && DEMO_PUPILS.some((p) => p.id === eduarte[1])) return eduartePage(peildatum, eduarte[1]!);
  // First thing in the morning: the registrations run up to yesterday.
  const morning = /^\/parnassys\/ochtend\/(\d+)$/.exec(path);
  if (morning) return parnassysPupilPage(dayToIso(isoToDay(peildatum) - 1), morning[1]!);
  if (path === '/parnassys/groep') return parnassysGroupPage(peildatum);
  if (path === '/magister/afwezigheid') return magisterPage(peildatum);
  if (path === '/somtoday/registraties') return somtodayPage(peildatum);
  if (path === '/spa' || path.startsWith('/spa/')) return spaPage(peildatum);
  // The two app pages' own scripts load their data from the demo server, as Magister and Somtoday do;
  // that is the host page's request, not the extension's (which makes none).
  if (path === '/magister/app') {
    return appPage('magister', 'Magister · Afwezigheid', DEMO_PUPILS.find((p) => p.id === '900103')!,
      `fetch('/api/personen/4711/absenties?van=2000-01-01&tot=2100-01-01').then((r) => r.json()).then((d) => show(d.Items.map((i) => i.Omschrijving + ' — ' + i.Afspraak.Start.slice(0, 10) + ', uur ' + i.Lesuur)));`);
  }
  if (path === '/somtoday/app') {
    return appPage('somtoday', 'Somtoday Leerling', DEMO_PUPILS.find((p) => p.id === '900105')!,
      `const xhr = new XMLHttpRequest(); xhr.open('GET', '/rest/v1/leerlingen/demo-900105/registratieOverzicht?periode=SCHOOLJAAR');
xhr.onload = () => show(JSON.parse(xhr.responseText).registraties.flatMap((c) => c.periodeRegistratieDetails.vakRegistraties.flatMap((v) => v.registraties.map((r) => r.absentieReden + ' — ' + r.beginDatumTijd.slice(0, 10)))));
xhr.send();`);
  }
  if (path === '/duo/verzuimloket') return verzuimloketForm();
  const melding = /^\/parnassys\/melding\/(\d+)$/.exec(path);
  const meldingPupil = melding && DEMO_PUPILS.find((p) => p.id === melding[1]);
  if (meldingPupil) return parnassysMeldingForm({ name: fullName(meldingPupil), id: meldingPupil.id });
  if (path === '/kindkans/aanmelding') return kindkansForm();
  const unknown = /^\/onbekend\/leerling\/(\d+)$/.exec(path);
  if (unknown) return unknownSystemPage(peildatum, unknown[1]!);
  return null;
}

/** The demo school's JSON endpoints, in the shapes Magister and Somtoday use; null when the path is not one. */
export function demoApi(path: string, peildatum: IsoDate): unknown | null {
  if (/^\/api\/personen\/\d+\/absenties$/.test(path)) return magisterAbsentiesJson(peildatum);
  if (/^\/rest\/v1\/leerlingen\/[^/]+\/registratieOverzicht$/.test(path)) return somtodayRegistratieJson(peildatum);
  return null;
}
