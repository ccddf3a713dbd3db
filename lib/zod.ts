/**
 * zod with Dutch messages: validation messages reach users (Options, restore, page problems), and
 * every message a user sees is Dutch. Import z from here, never from 'zod' directly.
 */
import { z } from 'zod';
import { nl } from 'zod/locales';

z.config(nl());

export { z };
