/**
 * The words of the extension's own pages in the language chosen in Options (the same setting as the
 * sidebar's), from lib/i18n. Follows a change made in another tab.
 */
import { useEffect, useState } from 'react';
import { langItem } from '@/components/storage';
import { pageText, type Lang, type PageText } from '@/lib/i18n';

const asLang = (value: string | null): Lang => (value === 'en' ? 'en' : 'nl');

export function useText(): PageText {
  const [lang, setLang] = useState<Lang>('nl');
  useEffect(() => {
    void langItem.getValue().then((value) => setLang(asLang(value)));
    return langItem.watch((value) => setLang(asLang(value)));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return pageText(lang);
}
