/**
 * Whether a page shows its whole list: a count such as "1 - 50 van 1.800" (Kendo's pager info,
 * Dutch tables), or paging controls. Read from the page's text only.
 */
import { textOf } from './identity.ts';

const PARTIAL = [
  /(\d[\d.]*)\s*[-–]\s*(\d[\d.]*)\s+van\s+(\d[\d.]*)/i,
  /(?:^|\s)()(\d[\d.]*)\s+van\s+(\d[\d.]*)\s+(?:leerlingen|registraties|resultaten|items|rijen|absenties|meldingen)\b/i,
];
const PAGER = '.k-pager-wrap, .k-pager, .pagination, .pager, nav[aria-label*="pagina" i], [role="navigation"][aria-label*="pagin" i]';

const number = (text: string) => Number(text.replace(/\./g, ''));

export function readListInfo(root: ParentNode): { partial?: { shown: number; total: number }; paged?: boolean } {
  const info: { partial?: { shown: number; total: number }; paged?: boolean } = {};
  for (const el of Array.from(root.querySelectorAll('.k-pager-info, [class*="pager"], [class*="paging"], [class*="count"], [class*="aantal"], caption, p, span, div, small'))) {
    if (el.childElementCount > 3) continue;
    const text = textOf(el);
    if (text.length > 120) continue;
    for (const pattern of PARTIAL) {
      const m = pattern.exec(text);
      if (!m) continue;
      const from = m[1] ? number(m[1]) : 1;
      const to = number(m[2]!);
      const total = number(m[3]!);
      if (Number.isFinite(total) && total > 0 && to <= total) {
        info.partial = { shown: Math.max(0, to - from + 1), total };
        break;
      }
    }
    if (info.partial) break;
  }
  for (const pager of Array.from(root.querySelectorAll(PAGER))) {
    // More than one page to choose: numbered links or a next button that is not disabled.
    const pages = pager.querySelectorAll('a, button, li').length;
    const next = pager.querySelector('[aria-label*="volgende" i], [title*="volgende" i], .k-pager-next, [rel="next"]');
    if (pages > 2 || (next && !next.matches('[disabled], .k-state-disabled, [aria-disabled="true"]'))) info.paged = true;
  }
  return info;
}
