/**
 * The words the extension shows on the school's pages, per language, in one place (nl.ts, en.ts).
 * The extension pages (overview, Options, drafts) are Dutch; their few English parts (explanations,
 * notes) come from the rule files, which own their words.
 */
import { en } from './en.ts';
import { nl, type PageText } from './nl.ts';

import type { Lang } from '../format.ts';

export type { Lang, PageText };

export function pageText(lang: Lang): PageText {
  return lang === 'en' ? en : nl;
}
