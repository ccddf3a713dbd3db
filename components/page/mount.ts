/**
 * The extension's UI on the school's page: the sidebar, the fill panel and the badge layer, each in a
 * closed shadow root (open only in the end-to-end build), and a badge beside each pupil.
 */
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '@/lib/explain';
import type { PageReading } from '@/lib/hosts';
import type { PupilView } from '@/lib/messages';
import { BadgeLayer } from './badgeLayer';
import { SHADOW_MODE } from './dom';
import { FillPanel, FILL_PANEL_STYLES } from './fillPanel';
import { BADGE_STYLES, SIDEBAR_STYLES } from './styles';
import { renderBadge } from './ui';

const BADGES_PER_SLICE = 20;
/**
 * From this many records a page gets its badges in a layer of their own instead of in its cells:
 * a badge in a cell makes the browser lay out the whole table again (measured: ~60 ms at 1,000 rows,
 * ~600 ms at 10,000; npm run bench).
 */
const LARGE_PAGE_RECORDS = 500;

export interface PageUi {
  readonly fillPanel: FillPanel | null;
  /** A badge beside every pupil of the reading that the page still shows. */
  showBadges(page: PageReading, pupils: readonly PupilView[], lang: Lang, open: (pupilId: string) => void): Promise<void>;
  clearBadges(): void;
  /** A page that replaced <body> (or emptied it) took our hosts along: mount them again. True when it did. */
  remountIfDetached(): boolean;
}

/** `onSidebarMounted` gets the sidebar's container, again after a re-mount. */
export async function mountPageUi(ctx: ContentScriptContext, onSidebarMounted: (container: HTMLElement) => void, yieldToPage: () => Promise<void>): Promise<PageUi> {
  let fillPanel: FillPanel | null = null;
  let layer: BadgeLayer | null = null;
  const badges: ShadowRootContentScriptUi<void>[] = [];
  const overlay = async (name: string, css: string, onMount: (container: HTMLElement) => void) => {
    const ui = await createShadowRootUi(ctx, { name, position: 'overlay', mode: SHADOW_MODE, anchor: 'body', append: 'last', css, onMount });
    ui.mount();
    return ui;
  };
  const uis = [
    await overlay('thuiszitter-signaal', SIDEBAR_STYLES, onSidebarMounted),
    await overlay('thuiszitter-invullen', FILL_PANEL_STYLES, (container) => {
      fillPanel = new FillPanel(ctx, container);
    }),
    await overlay('thuiszitter-badges', BADGE_STYLES, (container) => {
      layer = new BadgeLayer(ctx, container);
    }),
  ];

  const clearBadges = () => {
    for (const badge of badges.splice(0)) badge.remove();
    layer?.clear();
  };

  return {
    get fillPanel() {
      return fillPanel;
    },
    clearBadges,
    async showBadges(page, views, lang, open) {
      clearBadges();
      const pupils = views.filter((p) => page.anchors.get(p.id)?.isConnected);
      if (page.records.length > LARGE_PAGE_RECORDS && layer) {
        layer.show(pupils.map((pupil) => ({ anchor: page.anchors.get(pupil.id)!, badge: renderBadge(pupil, lang, () => open(pupil.id)) })));
        return;
      }
      let mounted = 0;
      for (const pupil of pupils) {
        const anchor = page.anchors.get(pupil.id)!;
        // A group page may need hundreds of badges: mount them in slices.
        if (++mounted % BADGES_PER_SLICE === 0) await yieldToPage();
        const ui = await createShadowRootUi<void>(ctx, {
          name: 'thuiszitter-badge',
          position: 'inline',
          mode: SHADOW_MODE,
          anchor,
          append: 'last',
          css: BADGE_STYLES,
          onMount(container) {
            // WXT's container is a block <div>: inline keeps the badge beside the pupil's name.
            container.style.display = 'inline';
            container.append(renderBadge(pupil, lang, () => open(pupil.id)));
          },
        });
        ui.mount();
        badges.push(ui);
      }
    },
    remountIfDetached() {
      if (!uis.some((ui) => !ui.shadowHost.isConnected) || !document.body) return false;
      for (const ui of uis) {
        ui.remove();
        ui.mount();
      }
      for (const badge of badges.splice(0)) badge.remove();
      return true;
    },
  };
}
