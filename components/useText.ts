/**
 * The words of the extension's own pages in the language chosen in Options (the same setting as the
 * sidebar's), from lib/i18n. One reading of the setting and one storage listener per page, shared by
 * every component that asks (a draft form has some thirty); follows a change made in another tab.
 */
import { useSyncExternalStore } from 'react';
import { langItem } from '@/components/storage';
import { pageText, type Lang, type PageText } from '@/lib/i18n';

let current: Lang = 'nl';
let started = false;
const listeners = new Set<() => void>();

function set(value: string | null) {
  const lang: Lang = value === 'en' ? 'en' : 'nl';
  if (lang === current) return;
  current = lang;
  document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    void langItem.getValue().then(set);
    langItem.watch(set);
  }
  return () => listeners.delete(listener);
}

export function useText(): PageText {
  return pageText(useSyncExternalStore(subscribe, () => current));
}
