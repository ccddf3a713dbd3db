/**
 * What a user reads when something fails. Errors the product throws on purpose carry a message
 * written for the user (UserError, in Dutch). Anything else is a fault in the extension or the
 * browser ("Invalid time value", "Cannot read properties of undefined"): the user gets a Dutch
 * sentence saying what failed and what to do; the detail goes to the console for whoever supports them.
 */
export class UserError extends Error {
  override name = 'UserError';
}

export function userMessage(error: unknown, failed: string): string {
  if (error instanceof UserError) return error.message;
  console.warn(`Thuiszitter-signaal: ${failed}`, error);
  return `${failed} is niet gelukt door een fout in de extensie. Er is niets opgeslagen of verstuurd. Herlaad de pagina en probeer het opnieuw; gebeurt het weer, meld het dan bij de beheerder.`;
}
