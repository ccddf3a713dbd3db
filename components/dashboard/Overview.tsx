import { startTransition, useEffect, useMemo, useState } from 'react';
import writeXlsxFile from 'write-excel-file/universal';
import { todayIso } from '@/lib/calendar/days';
import { SchoolCalendar } from '@/lib/calendar/schoolCalendar';
import { PHASES, regionProcess, type FollowedCase } from '@/lib/cases';
import { formatDate, signalTitle } from '@/lib/explain';
import { toDutchCsv } from '@/lib/export/csv';
import { inspectieTable } from '@/lib/export/inspectie';
import type { MeldingDraft } from '@/lib/meldingen/record';
import { exportTable, filterRows, rowNote, overviewRows, type weeklyCounts, type FlaggedPupil, type OverviewFilter, type OverviewRow, type SortKey, registerRows } from '@/lib/overview';
import { SIGNAL_KINDS, type SignalKind } from '@/lib/rules/signal';
import type { Settings } from '@/lib/settings';
import { db } from '@/components/store/db';
import { inspectieRound, seenPupils } from '@/components/store/data';
import { download } from './download';
import { addLog, followPupil, madeMeldingen, saveMadeMeldingen } from '@/components/store/repo';
import { importMadeMeldingenFile } from '@/lib/import/madeMeldingen';
import { currentSettings } from '@/components/settings';
import { DataSection } from './DataSection';
import { WeekChart } from './WeekChart';
import type { ImportMessage, ImportRequest } from './importMessages';
import { Worklist } from './Worklist';
import { refreshBadge } from './refreshBadge';
import { useText } from '@/components/useText';
import { FileInput, SPREADSHEET_TYPES } from './FileInput';

const PAGE = 200;

interface ImportState {
  name: string;
  progress: number;
  step: string;
  fatal?: string;
  problems: { row: number; message: string }[];
  moreProblems: number;
  pupils: number;
  records: number;
}

/** The coordinator's overview: every flagged pupil and followed case, the whole-school scan, the exports. */
export function Overview() {
  const [cases, setCases] = useState<FollowedCase[]>([]);
  const [drafts, setDrafts] = useState<MeldingDraft[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [seen, setSeen] = useState<FlaggedPupil[]>([]);
  const [imported, setImported] = useState<FlaggedPupil[]>([]);
  const [weeks, setWeeks] = useState<ReturnType<typeof weeklyCounts>>([]);
  const [importState, setImportState] = useState<ImportState | null>(null);
  const [filter, setFilter] = useState<OverviewFilter>({});
  const [sort, setSort] = useState<{ key: SortKey; descending?: boolean }>({ key: 'signal' });
  const [shown, setShown] = useState(PAGE);
  const text = useText();
  const t = text.overview;
  const [message, setMessage] = useState('');
  const [tab, setTab] = useState<'alle' | 'te-doen'>('alle');
  const [madeMessage, setMadeMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const today = todayIso();

  const reload = async () => {
    setCases(await db().cases.toArray());
    setDrafts(await db().drafts.orderBy('updatedAt').reverse().toArray());
    setSeen(await seenPupils());
    setSettings(await currentSettings());
  };
  useEffect(() => {
    void reload();
  }, []);

  const calendar = useMemo(() => (settings ? new SchoolCalendar(settings.calendar) : null), [settings]);
  const rows = useMemo(() => (calendar ? overviewRows([...imported, ...seen], cases, calendar, today) : []), [imported, seen, cases, calendar, today]);
  const visible = useMemo(() => filterRows(rows, filter, sort), [rows, filter, sort]);
  const groups = useMemo(() => [...new Set(rows.map((r) => r.group).filter((g): g is string => !!g))].sort(), [rows]);

  const [worker, setWorker] = useState<Worker | null>(null);

  /** The school scan runs in a worker (import.worker.ts): the page stays responsive and can stop it. */
  async function importFile(file: File) {
    worker?.terminate();
    const settings = await currentSettings();
    const made = await madeMeldingen();
    const state: ImportState = { name: file.name, progress: 0.02, step: t.starting, problems: [], moreProblems: 0, pupils: 0, records: 0 };
    setImportState({ ...state });
    const next = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    setWorker(next);
    next.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.summary) Object.assign(state, message.summary);
      if (message.type === 'progress') {
        // Rendering a school's rows is work that may wait: React renders them in slices (a transition).
        const flagged = message.flagged;
        if (flagged) startTransition(() => setImported(flagged));
        setImportState({ ...state, progress: message.progress, step: message.step });
        return;
      }
      next.terminate();
      setWorker(null);
      if (message.summary.fatal) {
        setImportState({ ...state, progress: 1, step: t.notRead, fatal: message.summary.fatal });
        return;
      }
      const flagged = message.flagged;
      if (flagged) startTransition(() => setImported(flagged));
      setWeeks(message.weeks);
      setImportState({ ...state, progress: 1, step: t.done });
    };
    next.onerror = () => {
      next.terminate();
      setWorker(null);
      setImportState({ ...state, progress: 1, step: t.notRead, fatal: t.failed });
    };
    next.postMessage({ file, settings, today, made, lang: text.lang } satisfies ImportRequest);
  }

  function stopImport() {
    worker?.terminate();
    setWorker(null);
    if (importState) setImportState({ ...importState, progress: 1, step: t.stopped, fatal: undefined });
    setImported([]);
    setWeeks([]);
  }

  /** Meldingen the school made before it used the extension: recorded as facts. */
  async function importMade(file: File) {
    const result = await importMadeMeldingenFile(new Uint8Array(await file.arrayBuffer()), today);
    if (result.fatal) {
      setMadeMessage({ ok: false, text: t.madeFatal(file.name, result.fatal) });
      return;
    }
    await saveMadeMeldingen(result.meldingen);
    const problems = result.problems.slice(0, 5).map((p) => t.madeRow(p.row, p.message));
    setMadeMessage({
      ok: result.problems.length === 0,
      text: t.madeDone(file.name, result.meldingen.length, result.problems.length > 0 ? t.madeProblems(result.problems.length, problems.join('; ')) : ''),
    });
  }

  async function follow(row: OverviewRow) {
    if (!settings) return;
    await followPupil({ pupil: { id: row.id, name: row.name, group: row.group }, presetId: settings.preset, signal: row.signals[0]!, today, from: 'overzicht' });
    refreshBadge();
    await reload();
  }

  async function exportCsv() {
    download(`thuiszitter-signalen-${today}.csv`, new Blob([toDutchCsv(exportTable(visible))], { type: 'text/csv;charset=utf-8' }));
    await addLog('export', `CSV: ${visible.length} leerlingen`);
  }

  async function exportXlsx() {
    const table = exportTable(visible);
    const blob = await writeXlsxFile(table.map((row, i) => row.map((value) => ({ value, fontWeight: i === 0 ? ('bold' as const) : undefined })))).toBlob();
    download(`thuiszitter-signalen-${today}.xlsx`, blob);
    await addLog('export', `XLSX: ${visible.length} leerlingen`);
  }

  async function exportInspectie() {
    const register = await inspectieRound(registerRows(rows), today);
    const table = inspectieTable(register);
    const blob = await writeXlsxFile(table.map((row, i) => row.map((value) => ({ value, fontWeight: i === 0 ? ('bold' as const) : undefined })))).toBlob();
    download(`thuiszittersregistratie-${today}.xlsx`, blob);
    setMessage(t.registerDone(register.length));
  }

  const setSortKey = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
  const sortHeader = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" onClick={() => setSortKey(key)}>
        {label}
      </button>
    </th>
  );

  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>

      <section aria-labelledby="scan">
        <h2 id="scan">{t.scan}</h2>
        <div
          className="dropzone"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const file = e.dataTransfer.files[0];
            if (file) void importFile(file);
          }}
        >
          <label htmlFor="import">{t.drop}</label>
          <FileInput id="import" testid="ts-import" accept={SPREADSHEET_TYPES} onFile={(file) => void importFile(file)} />
        </div>
        {importState && (
          <div data-testid="ts-import-status">
            <progress value={importState.progress} max={1} aria-label={t.importOf(importState.name)} />{' '}
            <span role="status">
              {importState.name}: {importState.step}
            </span>{' '}
            {worker && (
              <button type="button" className="secondary" onClick={stopImport} data-testid="ts-import-stop">
                {t.stop}
              </button>
            )}
            {importState.fatal && (
              <p className="alert" role="alert">
                {importState.fatal}
              </p>
            )}
            {importState.problems.length > 0 && (
              <details className="problems" open={importState.problems.length <= 5}>
                <summary>
                  {t.rowsNotRead(importState.problems.length + importState.moreProblems)}
                </summary>
                <ul data-testid="ts-import-problems">
                  {importState.problems.slice(0, 100).map((p) => (
                    <li key={`${p.row}-${p.message}`}>{t.row(p.row, p.message)}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
        <div className="made-import">
          <label htmlFor="import-gemeld">{t.madeLabel}</label>{' '}
          <FileInput id="import-gemeld" testid="ts-import-gemeld" accept={SPREADSHEET_TYPES} onFile={(file) => void importMade(file)} />
          {madeMessage && (
            <p role={madeMessage.ok ? 'status' : 'alert'} className={madeMessage.ok ? '' : 'alert'} data-testid="ts-import-gemeld-status">
              {madeMessage.text}
            </p>
          )}
        </div>
        {weeks.length > 0 && <WeekChart weeks={weeks} />}
      </section>

      <nav className="tabs" aria-label={t.view}>
        <button type="button" aria-pressed={tab === 'alle'} onClick={() => setTab('alle')} data-testid="ts-all-tab">
          {t.allTab}
        </button>
        <button type="button" aria-pressed={tab === 'te-doen'} onClick={() => setTab('te-doen')} data-testid="ts-todo-tab">
          {t.todoTab}
        </button>
      </nav>
      {tab === 'te-doen' && calendar && settings && (
        <Worklist rows={rows} calendar={calendar} today={today} presetId={settings.preset} defaultBy={settings.melder.naam} />
      )}
      <section aria-labelledby="leerlingen" hidden={tab !== 'alle'}>
        <h2 id="leerlingen">{t.pupils(visible.length, visible.length !== rows.length ? rows.length : null)}</h2>
        <div className="filters">
          <div className="filter">
            <label htmlFor="f-search">{t.search}</label>
            <input id="f-search" type="search" value={filter.search ?? ''} onChange={(e) => setFilter({ ...filter, search: e.target.value })} placeholder={t.searchPlaceholder} />
          </div>
          <div className="filter">
            <label htmlFor="f-signal">{t.signal}</label>
            <select id="f-signal" value={filter.signal ?? ''} onChange={(e) => setFilter({ ...filter, signal: (e.target.value || undefined) as SignalKind | undefined })}>
              <option value="">{t.all}</option>
              {SIGNAL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {signalTitle(k, text.lang)}
                </option>
              ))}
            </select>
          </div>
          <div className="filter">
            <label htmlFor="f-group">{t.group}</label>
            <select id="f-group" value={filter.group ?? ''} onChange={(e) => setFilter({ ...filter, group: e.target.value || undefined })}>
              <option value="">{t.all}</option>
              {groups.map((g) => (
                <option key={g}>{g}</option>
              ))}
            </select>
          </div>
          <div className="filter">
            <label htmlFor="f-phase">{t.phase}</label>
            <select id="f-phase" value={filter.phase ?? ''} onChange={(e) => setFilter({ ...filter, phase: (e.target.value || undefined) as OverviewFilter['phase'] })}>
              <option value="">{t.all}</option>
              <option value="niet-gevolgd">{t.notFollowed}</option>
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {settings ? regionProcess(settings.preset).phaseNames[p] : p}
                </option>
              ))}
            </select>
          </div>
          <div className="filter inline">
            <input id="f-overdue" type="checkbox" checked={!!filter.overdueOnly} onChange={(e) => setFilter({ ...filter, overdueOnly: e.target.checked })} />
            <label htmlFor="f-overdue">{t.overdueOnly}</label>
          </div>
        </div>
        <div className="actions">
          <button type="button" onClick={() => void exportCsv()} data-testid="ts-export-csv" disabled={visible.length === 0}>
            {t.exportCsv}
          </button>
          <button type="button" onClick={() => void exportXlsx()} data-testid="ts-export-xlsx" disabled={visible.length === 0}>
            {t.exportXlsx}
          </button>
          <button type="button" className="secondary" onClick={() => void exportInspectie()} data-testid="ts-export-inspectie">
            {t.exportInspectie}
          </button>
        </div>
        {message && <p role="status">{message}</p>}
        {rows.length === 0 ? (
          <p className="muted">{t.empty}</p>
        ) : (
          <table data-testid="ts-overview">
            <thead>
              <tr>
                {sortHeader('name', t.columns.name)}
                {sortHeader('group', t.columns.group)}
                {sortHeader('signal', t.columns.signal)}
                {sortHeader('since', t.columns.since)}
                {sortHeader('schoolDays', t.columns.schoolDays)}
                <th>{t.columns.leerplicht}</th>
                <th>{t.columns.phase}</th>
                {sortHeader('deadline', t.columns.deadline)}
                <th>
                  <span className="visually-hidden">{t.columns.action}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, shown).map((r) => {
                const first = r.signals[0];
                return (
                  <tr key={r.id} data-testid="ts-row" data-pupil={r.id} data-kinds={r.signals.map((s) => s.kind).join(' ')} data-overdue={r.overdue}>
                    <td>
                      {r.name || r.id} <span className="muted">{r.id}</span>
                      {r.source === 'pagina' && <span className="muted">{t.fromPage}</span>}
                      {r.match && (
                        <span className="muted" data-testid="ts-match">
                          {' '}
                          · {r.match}
                        </span>
                      )}
                    </td>
                    <td>{r.group}</td>
                    <td>
                      {r.signals.map((s) => (
                        <span key={s.kind} className={`kind kind-${s.kind}`} title={s.short}>
                          {signalTitle(s.kind, text.lang)}
                        </span>
                      ))}
                      {r.signals.length === 0 && <span className="muted" data-testid="ts-row-note">{rowNote(r)}</span>}
                    </td>
                    <td>{first ? formatDate(first.since) : ''}</td>
                    <td>{first?.schoolDays || ''}</td>
                    <td className="muted">{r.leerplicht}</td>
                    <td>{r.phaseName ?? <span className="muted">{t.notFollowed}</span>}</td>
                    <td className={r.next?.overdue ? 'overdue' : undefined}>{r.next ? `${r.next.label}: ${formatDate(r.next.due)}${r.next.overdue ? t.overdue : ''}` : ''}</td>
                    <td>
                      {r.caseId ? (
                        <a href={`#/zaak/${r.caseId}`}>{t.caseLink}</a>
                      ) : (
                        <button type="button" className="secondary" onClick={() => void follow(r)} aria-label={t.followLabel(r.name || r.id)}>
                          {t.follow}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {visible.length > shown && (
          <button type="button" className="secondary" onClick={() => setShown(shown + PAGE)}>
            {t.more(visible.length - shown)}
          </button>
        )}
      </section>

      <section aria-labelledby="meldingen">
        <h2 id="meldingen">{t.meldingen}</h2>
        {drafts.length === 0 ? (
          <p className="muted">{t.noMeldingen}</p>
        ) : (
          <ul>
            {drafts.map((d) => (
              <li key={d.id}>
                <a href={`#/melding/${d.id}`}>
                  {text.fill.titles[d.kind]} — {d.pupilName}
                </a>{' '}
                <span className="muted">{t.updated(formatDate(d.updatedAt.slice(0, 10)))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <DataSection onChange={() => void reload()} />
    </>
  );
}
