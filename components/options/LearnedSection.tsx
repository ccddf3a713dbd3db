import { useEffect, useState } from 'react';
import { learnedPagesItem } from '@/components/storage';
import { useText } from '@/components/useText';
import { LEARNABLE_FIELDS, parseLearnedPages, type LearnedPage } from '@/lib/hosts/generic/learned';

/** The pages the school taught with "Leer deze pagina": listed, and removable one by one. */
export function LearnedSection() {
  const [pages, setPages] = useState<LearnedPage[]>([]);
  const t = useText().learned;
  useEffect(() => {
    void learnedPagesItem.getValue().then((value) => setPages(parseLearnedPages(value)));
  }, []);

  async function remove(page: LearnedPage) {
    const next = parseLearnedPages(await learnedPagesItem.getValue()).filter((p) => !(p.host === page.host && p.pathPattern === page.pathPattern));
    await learnedPagesItem.setValue(next);
    setPages(next);
  }

  const label = (field: string | null) => LEARNABLE_FIELDS.find((f) => f.field === field)?.label;
  return (
    <section aria-labelledby="geleerd" data-testid="ts-learned-pages">
      <h2 id="geleerd">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {pages.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul>
          {pages.map((p) => (
            <li key={`${p.host}${p.pathPattern}`} data-testid="ts-learned-page" data-host={p.host}>
              {p.host}
              {p.pathPattern}{' '}
              <span className="muted">
                ({p.columns.map((c, i) => (c ? `${p.headers[i] || t.column(i + 1)} → ${label(c)}` : null)).filter(Boolean).join(', ')})
              </span>{' '}
              <button type="button" onClick={() => void remove(p)} aria-label={t.removeLabel(`${p.host}${p.pathPattern}`)}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
