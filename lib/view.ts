/**
 * What the page shows of an assessment (the AssessView of messages.ts): per pupil the badge text, each signal with its explanation,
 * the leerplicht status and the protocol's next steps. Built where the rules run (the background) so
 * the content script only renders text.
 */
import { coverageText, type Coverage } from './coverage.ts';
import { explainLeerplicht, explainSignal, signalTitle, type Lang } from './explain.ts';
import type { AssessView } from './messages.ts';
import { verzuimsoortFor } from './meldingen/verzuimsoort.ts';
import { nextSteps } from './protocols.ts';
import { noteText, type Assessment } from './rules/assess.ts';
import { isMeldplicht } from './rules/signal.ts';
import { momentStatusText } from './rules/meldplicht16.ts';
import { formatDate } from './format.ts';

export function assessmentView(assessment: Assessment, presetId: string, lang: Lang = 'nl', coverage?: Coverage): AssessView {
  const covered = coverage ? { ...coverageText(coverage, lang), records: coverage.records, from: coverage.from, until: coverage.until, complete: coverage.complete } : undefined;
  // No signal on a page that covers too little is "niet te beoordelen", never a silent nothing.
  const unjudged = coverage && !coverage.complete ? (lang === 'nl' ? 'Niet te beoordelen' : 'Cannot be judged') : undefined;
  return {
    peildatum: assessment.peildatum,
    ...(covered ? { coverage: covered } : {}),
    evaluatedUntil: assessment.evaluatedUntil,
    timetableMissing: assessment.pupils.some((p) => p.notes.some((n) => n.kind === 'schooltijden')),
    warnings: assessment.warnings,
    pupils: assessment.pupils.map((p) => {
      const signals = p.signals.map((s) => {
        const e = explainSignal(s, lang);
        const moments = isMeldplicht(s)
          ? s.meldingen.map((m) => ({ begin: m.begin, end: m.end, deadline: m.deadline, status: m.status, ...(m.gemeldOp ? { gemeldOp: m.gemeldOp } : {}), text: `${formatDate(m.begin)} – ${formatDate(m.end)}: ${momentStatusText(m, lang)}` }))
          : undefined;
        return { kind: s.kind, since: s.since, title: e.title, short: e.short, details: e.details, ...(moments ? { moments } : {}) };
      });
      const { protocol, legal } = nextSteps(presetId, p.signals.map((s) => s.kind));
      return {
        id: p.pupil.id,
        name: p.pupil.name,
        level: p.level,
        badge: signals[0]?.short ?? unjudged ?? (lang === 'nl' ? 'Geen signaal' : 'No signal'),
        signals,
        leerplicht: explainLeerplicht(p.leerplicht, lang),
        excluded: p.excluded.map((e) => ({ kind: e.kind, title: signalTitle(e.kind, lang), reason: e.reason })),
        steps: signals.length > 0 ? { protocol: protocol?.name, items: [...legal, ...(protocol?.steps ?? [])] } : { items: [] },
        meldingen: meldingenFor(p, lang),
        notes: p.notes.filter((n) => n.kind !== 'schooltijden').map((n) => ({ kind: n.kind, text: noteText(n, lang) })),
      };
    }),
  };
}

/** Which meldingen the sidebar offers for a pupil, and why not when it does not. */
function meldingenFor(p: Assessment['pupils'][number], lang: Lang): AssessView['pupils'][number]['meldingen'] {
  const first = p.signals[0];
  if (!first) {
    const reason = lang === 'nl' ? 'Geen signaal: er is niets te melden.' : 'No signal: nothing to report.';
    return { leerplicht: { ok: false, reason }, swv: { ok: false, reason } };
  }
  const choice = verzuimsoortFor(first.kind, p.leerplicht);
  return { leerplicht: choice.ok ? { ok: true } : { ok: false, reason: choice.reason }, swv: { ok: true } };
}
