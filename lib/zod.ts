/**
 * zod with Dutch messages: validation messages reach users (Options, restore, page problems), and
 * every message a user sees is Dutch. Import z from here, never from 'zod' directly.
 */
import { z } from 'zod';
import { nl } from 'zod/locales';

z.config(nl());
// No compiled validators: an extension's CSP forbids eval, and zod would otherwise probe for it.
z.config({ jitless: true });

export { z };
