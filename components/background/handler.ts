import { browser } from 'wxt/browser';
import { todayIso } from '@/lib/calendar/days';
import { SchoolCalendar } from '@/lib/calendar/schoolCalendar';
import { caseView, currentMeldDeadline } from '@/lib/cases';
import { coverageOf } from '@/lib/coverage';
import { explainSignal } from '@/lib/explain';
import { currentLang, currentSettings } from '@/components/settings';
import { assess, type PupilAssessment } from '@/lib/rules/assess';
import { isMeldplicht, type Signal } from '@/lib/rules/signal';
import { duoPrefill, swvPrefill } from '@/lib/meldingen/drafts';
import { parsePersonNumber } from '@/lib/meldingen/identifiers';
import { draftFields, draftProblems, MELDING_TITLES, type MeldingDraft, type MeldingKind } from '@/lib/meldingen/record';
import { readItems, requestSchema, type ActionResponse, type AssessResponse, type FillDraftResponse, type Request, type RequestOf, type RequestType, type ResponseOf } from '@/lib/messages';
import { assessmentView } from '@/lib/view';
import { flaggedFromAssessment } from '@/lib/overview';
import { rememberSeen } from '@/components/store/data';
import { updateToolbarBadge } from './badge';
import { addLog, draftById, followPupil, latestDraft, madeMeldingen, openCaseOf, openCasesOf, saveDraft, savePupil } from '@/components/store/repo';

type Reading = Extract<Request, { type: 'assess' | 'melding' | 'follow' }>;

/**
 * Assesses what a page showed, on today's date. Pages show absences up to today, but today is still
 * being registered: it only counts once it has registrations (registeredUntil).
 */
async function assessReading(request: Reading) {
  const settings = await currentSettings(request.system);
  const today = todayIso();
  const { pupils, records, invalid } = readItems(request);
  // What the school already reported decides which meldmomenten are still open.
  const made = await madeMeldingen(pupils.map((p) => p.id));
  const assessment = assess({ pupils, records, settings, peildatum: today, stillRegistering: today, made });
  return { settings, today, assessment, records, invalid };
}

/** What the background does for each kind of request; the answer's type follows the request's (lib/messages.ts ResponseOf). */
const HANDLERS: { [K in RequestType]: (request: RequestOf<K>) => Promise<ResponseOf[K]> } = {
  async assess(request) {
    const view = await assessPage(request);
    void updateToolbarBadge().catch(() => {});
    return view;
  },
  melding: (request) => createDraft(request),
  async follow(request) {
    const followed = await follow(request);
    void updateToolbarBadge().catch(() => {});
    return followed;
  },
  async open(request) {
    if (request.page === 'instellingen') await browser.runtime.openOptionsPage();
    else await openExtensionPage(request.page === 'zaak' && request.id ? `#/zaak/${encodeURIComponent(request.id)}` : '#/');
    return { ok: true };
  },
  'fill-draft': (request) => draftForFill(request.melding),
  async 'refresh-badge'() {
    await updateToolbarBadge();
    return { ok: true };
  },
  async filled(request) {
    const draft = await draftById(request.draftId);
    await addLog('melding-ingevuld', `${request.filled.length} velden ingevuld op ${request.host}; niet ingevuld: ${request.missing.join(', ') || 'geen'}`, draft?.pupilId);
    return { ok: true };
  },
};

/** Handles a message from a content script or an extension page; every request is validated first. */
export async function handleMessage(message: unknown): Promise<ResponseOf[RequestType]> {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `Ongeldig bericht: ${parsed.error.issues[0]?.message ?? 'onbekend'}` };
  const request = parsed.data;
  return (HANDLERS[request.type] as (request: Request) => Promise<ResponseOf[RequestType]>)(request);
}

async function assessPage(request: Extract<Request, { type: 'assess' }>): Promise<AssessResponse> {
  const { settings, today, assessment, records, invalid } = await assessReading(request);
  const lang = request.lang ?? (await currentLang());
  const coverage = request.info
    ? coverageOf({
        recordDays: records.map((r) => r.date),
        until: assessment.evaluatedUntil,
        // Items the page sent that failed validation count as not read.
        info: { ...request.info, skipped: request.info.skipped + invalid },
        calendar: new SchoolCalendar(settings.calendar),
        termWeeks: settings.rules.thuiszitter.weeks,
        duplicates: assessment.pupils.reduce((n, p) => n + p.duplicates, 0),
      })
    : undefined;
  const view = assessmentView(assessment, settings.preset, lang, coverage);
  // The overview lists this session's flagged pupils; session storage is memory only.
  await rememberSeen(flaggedFromAssessment(assessment, 'pagina').filter((p) => p.signals.length > 0));
  const cases = await openCasesOf(view.pupils.map((p) => p.id));
  if (cases.size > 0) {
    const calendar = new SchoolCalendar(settings.calendar);
    for (const pupil of view.pupils) {
      const c = cases.get(pupil.id);
      const signals = assessment.pupils.find((p) => p.pupil.id === pupil.id)?.signals.map((s) => ({ kind: s.kind, deadline: isMeldplicht(s) ? s.deadline : undefined }));
      if (c) pupil.case = caseView(c, calendar, today, currentMeldDeadline(signals));
    }
  }
  return { ok: true, ...view };
}

function findPupil(assessment: { pupils: PupilAssessment[] }, pupilId: string): PupilAssessment | undefined {
  return assessment.pupils.find((p) => p.pupil.id === pupilId);
}

/** The signal a melding is about: for leerplicht the most serious; for the SWV thuiszitten first. */
function signalFor(p: PupilAssessment, kind: MeldingKind): Signal | undefined {
  if (kind === 'swv') return p.signals.find((s) => s.kind === 'thuiszitter') ?? p.signals.find((s) => s.kind === 'dreigend-thuiszitter') ?? p.signals[0];
  return p.signals[0];
}

function explanationOf(signal: Signal): { title: string; lines: string[] } {
  const e = explainSignal(signal, 'nl');
  return { title: e.title, lines: [e.short, ...e.details] };
}

async function createDraft(request: Extract<Request, { type: 'melding' }>): Promise<ActionResponse> {
  const { settings, assessment } = await assessReading(request);
  const p = findPupil(assessment, request.pupilId);
  const signal = p && signalFor(p, request.melding);
  if (!p || !signal) return { ok: false, error: 'Voor deze leerling is geen signaal gevonden op deze pagina.' };
  const now = new Date().toISOString();
  const explanation = explanationOf(signal);
  const common = {
    id: crypto.randomUUID(), pupilId: p.pupil.id, pupilName: p.pupil.name || p.pupil.id,
    signalTitle: explanation.title, explanation: explanation.lines, createdAt: now, updatedAt: now,
  };
  let draft: MeldingDraft;
  if (request.melding === 'leerplicht') {
    const prefill = duoPrefill(signal, p.leerplicht);
    if (!prefill.ok) return { ok: false, error: prefill.reason };
    // A number on the page is used only when it is valid; otherwise the melding page asks for it.
    const shown = request.personNumber && parsePersonNumber(request.personNumber.value, request.personNumber.kind);
    draft = {
      ...common, kind: 'leerplicht', prefill: prefill.prefill,
      input: {
        personNumber: shown && shown.ok ? shown.number : undefined,
        leslocatie: settings.school.leslocatie || settings.school.name,
        melder: settings.melder,
        vermoedelijkeReden: '', ondernomenActie: '', actieGemeenteGewenst: true,
      },
    };
  } else {
    draft = {
      ...common, kind: 'swv',
      prefill: swvPrefill({ pupil: p.pupil, signal, explanation: [explanation.title, ...explanation.lines.filter((l) => !l.startsWith('Bron'))].join(' — '), school: settings.school.name }),
      input: { schoolActions: '', betrokkenen: [], wensen: '', contactpersoon: [settings.melder.naam, settings.melder.telefoon, settings.melder.email].filter(Boolean).join(', ') },
    };
  }
  await savePupil({ id: p.pupil.id, name: p.pupil.name, birthDate: p.pupil.birthDate, group: p.pupil.group });
  await saveDraft(draft);
  await addLog('melding-concept', `${MELDING_TITLES[draft.kind]}: concept aangemaakt`, p.pupil.id);
  await openExtensionPage(`#/melding/${draft.id}`);
  return { ok: true, id: draft.id };
}

async function follow(request: RequestOf<'follow'>): Promise<ActionResponse> {
  const existing = await openCaseOf(request.pupilId);
  if (existing) return { ok: true, id: existing.id };
  const { settings, today, assessment } = await assessReading(request);
  const p = findPupil(assessment, request.pupilId);
  const signal = p?.signals[0];
  if (!p || !signal) return { ok: false, error: 'Voor deze leerling is geen signaal gevonden op deze pagina.' };
  const c = await followPupil({
    pupil: { id: p.pupil.id, name: p.pupil.name, birthDate: p.pupil.birthDate, group: p.pupil.group }, presetId: settings.preset, today, from: 'pagina',
    signal: { kind: signal.kind, since: signal.since, firedOn: signal.firedOn, deadline: isMeldplicht(signal) ? signal.deadline : undefined },
  });
  return { ok: true, id: c.id };
}

async function draftForFill(kind: MeldingKind): Promise<FillDraftResponse> {
  const draft = await latestDraft(kind);
  if (!draft) return { ok: false, error: `Er is nog geen concept voor de ${MELDING_TITLES[kind].toLowerCase()}. Maak het aan vanuit de zijbalk bij de leerling.` };
  const fields = draftFields(draft);
  if (!fields.ok) return { ok: false, error: fields.problem };
  return {
    ok: true, draftId: draft.id, pupilName: draft.pupilName, title: MELDING_TITLES[kind], complete: draftProblems(draft).length === 0,
    fields: fields.fields.map((f) => ({ ...f, labels: [...f.labels] })),
  };
}

export async function openExtensionPage(hash: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}` as '/dashboard.html') });
}
