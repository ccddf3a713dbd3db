/**
 * The overview's school scan, off the page's main thread: stream the export (CSV; XLSX read whole),
 * assess every pupil, count the weekly trend, and hand the page only the rows to show. The page stays responsive
 * during a whole school year's file, and can stop the work (it terminates this worker).
 */
import { readableChunks } from '@/lib/import/readFile';
import { scanFiles } from '@/lib/scan';
import { pageText } from '@/lib/i18n';
import { flaggedFromAssessment, weeklyCounts } from '@/lib/overview';
import type { ImportRequest, ImportMessage } from './importMessages';

const post = (message: ImportMessage) => postMessage(message);

onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, settings, today, made, lang } = event.data;
  const t = pageText(lang).overview;
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  try {
    post({ type: 'progress', progress: 0.02, step: t.readingFile((file.size / 1_000_000).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 })) });
    // The same path as npm run scan: the file read as a stream (never whole), every record straight
    // into the pupils' day tables, then the assessment.
    const exportFile = { name: file.name, size: file.size, chunks: () => readableChunks(file.stream()) };
    const { imports, assessment, school } = await scanFiles([exportFile], settings, today, {
      made,
      // Real progress: the part of the file read, several times a second on a large export.
      onProgress: (fraction, rows, pupils) => post({
        type: 'progress', progress: 0.02 + 0.68 * fraction,
        step: t.readingRows(rows.toLocaleString(locale), Math.round(fraction * 100), pupils.toLocaleString(locale)),
      }),
    });
    const result = imports[0]!;
    const summary = {
      problems: result.problems.slice(0, 100),
      moreProblems: result.moreProblems + Math.max(0, result.problems.length - 100),
      records: result.recordCount,
      pupils: result.pupils.length,
    };
    if (result.fatal || result.recordCount === 0) {
      post({ type: 'done', summary: { ...summary, fatal: result.fatal ?? t.nothingInFile }, flagged: [], weeks: [] });
      return;
    }
    const flagged = flaggedFromAssessment(assessment, 'import');
    post({ type: 'progress', progress: 0.85, step: t.countingWeeks, summary, flagged });
    const weeks = weeklyCounts(school, assessment.evaluatedUntil, 8, assessment, made);
    post({ type: 'done', summary, weeks });
  } catch (error) {
    console.warn('Thuiszitter-signaal: import', error);
    post({ type: 'done', summary: { problems: [], moreProblems: 0, records: 0, pupils: 0, fatal: t.failedRetry }, flagged: [], weeks: [] });
  }
};
