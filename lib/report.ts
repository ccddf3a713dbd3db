/** The scan's output: the JSON contract of `npm run scan -- --json` and a readable table. */
import { explainLeerplicht, explainSignal, formatDate, signalTitle, type Lang } from './explain.ts';
import { SchoolCalendar } from './calendar/schoolCalendar.ts';
import { coverageOf, coverageText, type Coverage } from './coverage.ts';
import type { Settings } from './settings.ts';
import { noteText, TIMETABLE_NOTE, type Assessment, type PupilAssessment } from './rules/assess.ts';
import { severity } from './rules/signal.ts';

function bySeverity(a: PupilAssessment, b: PupilAssessment): number {
  const sa = a.signals[0];
  const sb = b.signals[0];
  if (!sa || !sb) return sa ? -1 : sb ? 1 : 0;
  return severity(sa.kind) - severity(sb.kind) || sa.since.localeCompare(sb.since) || a.pupil.id.localeCompare(b.pupil.id);
}

/**
 * `{"peildatum":"2026-11-27","pupils":[{"id":"…","name":"…","signals":[{"kind":"thuiszitter","since":"2026-10-05",…}]}]}`
 * plus the data range, warnings, leerplicht status, each signal's explanation and the pupils a
 * vrijstelling took out of a rule.
 */
/** What an export covers: its period, and whether that is long enough to judge a thuiszitter. */
export function exportCoverage(assessment: Assessment, settings: Settings, skippedRows = 0): Coverage {
  return coverageOf({
    recordDays: [assessment.dataFrom],
    until: assessment.evaluatedUntil,
    info: { source: 'export', skipped: skippedRows },
    calendar: new SchoolCalendar(settings.calendar),
    termWeeks: settings.rules.thuiszitter.weeks,
    duplicates: assessment.pupils.reduce((n, p) => n + p.duplicates, 0),
  });
}

function pupilCoverage(coverage: Coverage, p: PupilAssessment, lang: Lang) {
  const own = { ...coverage, records: p.records, duplicates: p.duplicates, problems: coverage.problems.filter((x) => x.kind !== 'dubbel') };
  if (p.duplicates > 0) own.problems.push({ kind: 'dubbel', text: `${p.duplicates} dubbele ${p.duplicates === 1 ? 'registratie' : 'registraties'} (zelfde dag en lesuur of tijd) één keer geteld` });
  const text = coverageText(own, lang);
  return { records: p.records, duplicates: p.duplicates, from: coverage.from, until: coverage.until, complete: coverage.complete, summary: text.summary, problems: text.problems };
}

export function scanJson(assessment: Assessment, lang: Lang = 'nl', coverage?: Coverage) {
  const flagged = assessment.pupils.filter((p) => p.signals.length > 0).sort(bySeverity);
  return {
    peildatum: assessment.peildatum,
    dataFrom: assessment.dataFrom,
    dataUntil: assessment.dataUntil,
    evaluatedUntil: assessment.evaluatedUntil,
    warnings: assessment.warnings,
    timetable: assessment.timetable,
    pupils: flagged.map((p) => ({
      id: p.pupil.id,
      name: p.pupil.name,
      group: p.pupil.group,
      level: p.level,
      leerplicht: { ...p.leerplicht, text: explainLeerplicht(p.leerplicht, lang) },
      signals: p.signals.map((s) => ({ ...s, explanation: explainSignal(s, lang) })),
      excluded: p.excluded,
      notes: p.notes.map((n) => ({ ...n, text: noteText(n, lang) })),
      timetable: p.timetable,
      ...(coverage ? { coverage: pupilCoverage(coverage, p, lang) } : {}),
    })),
    /** Pupils without a signal for whom something could not be judged (no schooltijden, an unknown vrijstelling). */
    unjudged: assessment.pupils
      .filter((p) => p.signals.length === 0 && p.notes.length > 0)
      .map((p) => ({
        id: p.pupil.id, name: p.pupil.name, group: p.pupil.group, notes: p.notes.map((n) => ({ ...n, text: noteText(n, lang) })),
        ...(coverage ? { coverage: pupilCoverage(coverage, p, lang) } : {}),
      })),
    excluded: assessment.pupils
      .filter((p) => p.excluded.length > 0)
      .map((p) => ({ id: p.pupil.id, name: p.pupil.name, group: p.pupil.group, excluded: p.excluded })),
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function scanTable(assessment: Assessment, lang: Lang = 'nl', coverage?: Coverage): string {
  const nlang = lang === 'nl';
  const flagged = assessment.pupils.filter((p) => p.signals.length > 0).sort(bySeverity);
  const lines: string[] = [];
  lines.push(
    nlang
      ? `Peildatum ${formatDate(assessment.peildatum)} — gegevens van ${formatDate(assessment.dataFrom)} tot en met ${formatDate(assessment.dataUntil)} — ${assessment.pupils.length} leerlingen, ${flagged.length} met een signaal`
      : `Reference date ${formatDate(assessment.peildatum)} — data from ${formatDate(assessment.dataFrom)} to ${formatDate(assessment.dataUntil)} — ${assessment.pupils.length} pupils, ${flagged.length} with a signal`,
  );
  for (const w of assessment.warnings) lines.push(`! ${w}`);
  lines.push(`${nlang ? 'Schooltijden' : 'School times'}: ${assessment.timetable}`);
  if (coverage) {
    const text = coverageText(coverage, lang);
    lines.push(text.summary);
    for (const p of text.problems) lines.push(`! ${p}`);
  }
  if (assessment.pupils.some((p) => p.notes.some((n) => n.kind === 'schooltijden'))) lines.push(`! ${TIMETABLE_NOTE[lang]}`);
  lines.push('');
  if (flagged.length === 0) {
    lines.push(nlang ? 'Geen signalen.' : 'No signals.');
  } else {
    const header = [pad(nlang ? 'Leerling' : 'Pupil', 26), pad(nlang ? 'Nummer' : 'Number', 10), pad(nlang ? 'Klas' : 'Class', 6), pad(nlang ? 'Signaal' : 'Signal', 34), nlang ? 'Toelichting' : 'Details'];
    lines.push(header.join(' '));
    lines.push('-'.repeat(120));
    for (const p of flagged) {
      p.signals.forEach((s, i) => {
        const who = i === 0 ? [pad(p.pupil.name || '—', 26), pad(p.pupil.id, 10), pad(p.pupil.group ?? '', 6)] : [pad('', 26), pad('', 10), pad('', 6)];
        lines.push([...who, pad(signalTitle(s.kind, lang), 34), explainSignal(s, lang).short].join(' '));
      });
      lines.push(`${pad('', 45)}${explainLeerplicht(p.leerplicht, lang)}`);
    }
  }
  const unjudged = assessment.pupils.filter((p) => p.signals.length === 0 && p.notes.some((n) => n.kind !== 'schooltijden'));
  if (unjudged.length > 0) {
    lines.push('');
    lines.push(nlang ? 'Niet te beoordelen:' : 'Could not be judged:');
    for (const p of unjudged) {
      for (const n of p.notes.filter((x) => x.kind !== 'schooltijden')) lines.push(`  ${p.pupil.name || p.pupil.id} (${p.pupil.id}): ${noteText(n, lang)}`);
    }
  }
  const excluded = assessment.pupils.filter((p) => p.excluded.length > 0);
  if (excluded.length > 0) {
    lines.push('');
    lines.push(nlang ? 'Uitgezonderd:' : 'Excluded:');
    for (const p of excluded) {
      for (const e of p.excluded) lines.push(`  ${p.pupil.name || p.pupil.id} (${p.pupil.id}): ${signalTitle(e.kind, lang)} — ${e.reason}`);
    }
  }
  return lines.join('\n');
}
