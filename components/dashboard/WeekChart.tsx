import { formatDate, signalTitle } from '@/lib/explain';
import { SIGNAL_KINDS } from '@/lib/rules/signal';
import type { weeklyCounts } from '@/lib/overview';
import { useText } from '@/components/useText';
import { LEVEL_COLORS } from '@/components/page/styles';

/** Pupils per signal per school week, as bars; the same numbers as a table for screen readers and copying. */
export function WeekChart({ weeks }: { weeks: ReturnType<typeof weeklyCounts> }) {
  const text = useText();
  const t = text.chart;
  const max = Math.max(1, ...weeks.flatMap((w) => SIGNAL_KINDS.map((k) => w.counts[k])));
  const barWidth = 10;
  const groupWidth = SIGNAL_KINDS.length * barWidth + 14;
  const height = 140;
  return (
    <figure className="chart" data-testid="ts-chart">
      <figcaption>{t.caption(weeks.length)}</figcaption>
      <svg width={weeks.length * groupWidth + 40} height={height + 36} role="img" aria-labelledby="chart-summary">
        {weeks.map((w, i) =>
          SIGNAL_KINDS.map((k, j) => {
            const h = (w.counts[k] / max) * height;
            return <rect key={`${w.week}-${k}`} x={30 + i * groupWidth + j * barWidth} y={height - h + 4} width={barWidth - 2} height={h} fill={LEVEL_COLORS[k]!.background} />;
          }),
        )}
        {weeks.map((w, i) => (
          <text key={w.week} x={30 + i * groupWidth} y={height + 22} fontSize="10">
            {formatDate(w.week).slice(0, 5)}
          </text>
        ))}
        <text x={0} y={12} fontSize="10">
          {max}
        </text>
        <text x={0} y={height + 4} fontSize="10">
          0
        </text>
      </svg>
      <p id="chart-summary" className="legend">
        {SIGNAL_KINDS.map((k) => (
          <span key={k}>
            <span className="swatch" style={{ background: LEVEL_COLORS[k]!.background }} /> {signalTitle(k, text.lang)}: {t.now} {weeks.at(-1)?.counts[k] ?? 0}
          </span>
        ))}
      </p>
      <details>
        <summary>{t.asTable}</summary>
        <table>
          <thead>
            <tr>
              <th>{t.weekUntil}</th>
              {SIGNAL_KINDS.map((k) => (
                <th key={k}>{signalTitle(k, text.lang)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <td>{formatDate(w.week)}</td>
                {SIGNAL_KINDS.map((k) => (
                  <td key={k}>{w.counts[k]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
