// The service worker will own the extension's IndexedDB (cases, melding drafts); see issue "Meldingen and cases".
export default defineBackground(() => {});
