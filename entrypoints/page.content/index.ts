import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '@/components/page/controller';
import { KNOWN_SYSTEMS } from '@/lib/hosts/systems';

/** Runs on the pupil administration systems; hosts a school adds are registered at runtime (Options). */
export default defineContentScript({
  matches: KNOWN_SYSTEMS.flatMap((s) => s.matches),
  runAt: 'document_idle',
  main: (ctx) => runOnPage(ctx),
});
