import { browser } from 'wxt/browser';
import { useEffect, useState } from 'react';
import { addOwnHost, loadOwnHosts, removeOwnHost } from '@/components/hosts';
import { langItem, onboardedItem } from '@/components/storage';
import { dismissSetAsideSettings, setAsideSettings, storedSettings, type SetAsideSettings } from '@/components/settings';
import { wipeEverything } from '@/components/store/data';
import { KNOWN_SYSTEMS } from '@/lib/hosts';
import type { OwnHost } from '@/lib/ownHosts';
import { ProfileSection } from './ProfileSection';
import { RulesSection } from './RulesSection';
import { SchoolSection } from './SchoolSection';
import { LearnedSection } from './LearnedSection';
import { TimetableSection } from './TimetableSection';
import { ONBOARDING_KEYS, POLICY_KEYS } from '@/lib/policy';
import { ManagedNote, useManaged } from './managed';
import './options.css';
import { formatDate } from '@/lib/format';


/** Options: first the few settings that decide the rules, then the profile, the rules, the sites and the data. Nothing syncs anywhere. */
export function OptionsApp() {
  const [hosts, setHosts] = useState<OwnHost[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [welcome, setWelcome] = useState(false);
  const [lang, setLang] = useState('nl');
  const [confirming, setConfirming] = useState(false);
  const [wiped, setWiped] = useState(false);
  const [setAside, setSetAside] = useState<SetAsideSettings | null>(null);
  const managed = useManaged();
  // Onboarding asks only for what the school's policy did not set.
  const toAsk = ONBOARDING_KEYS.filter((k) => !managed.keys.has(k));
  const managedHosts = managed.ownHosts.map((m) => ({ ...m, granted: hosts.some((h) => h.pattern === m.pattern) }));

  useEffect(() => {
    void loadOwnHosts().then(setHosts);
    void onboardedItem.getValue().then((done) => setWelcome(!done || location.hash === '#welkom'));
    void langItem.getValue().then((l) => setLang(l === 'en' ? 'en' : 'nl'));
    // Reading the settings sets damaged ones aside; then say so.
    void storedSettings().then(() => setAsideSettings().then(setSetAside));
  }, []);

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const result = await addOwnHost(input);
    setMessage({ ok: result.ok, text: result.message });
    if (result.ok) setInput('');
    setHosts(await loadOwnHosts());
  }

  async function grant(host: string) {
    const result = await addOwnHost(host);
    setMessage({ ok: result.ok, text: result.message });
    setHosts(await loadOwnHosts());
  }

  async function remove(pattern: string) {
    await removeOwnHost(pattern);
    setHosts(await loadOwnHosts());
    setMessage({ ok: true, text: 'Verwijderd.' });
  }

  async function finishWelcome() {
    await onboardedItem.setValue(true);
    setWelcome(false);
    history.replaceState(null, '', location.pathname);
  }

  return (
    <main>
      <h1>Thuiszitter-signaal – instellingen</h1>
      <p>
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noreferrer" data-testid="ts-privacy-link">
          Privacyverklaring voor de school en de FG
        </a>
      </p>
      {setAside && (
        <div className="welcome" role="alert" data-testid="ts-settings-set-aside">
          <p>
            Uw instellingen konden niet gelezen worden ({setAside.problem}) en zijn op {formatDate(setAside.at.slice(0, 10))} apart gezet: tot u ze
            opnieuw instelt, gelden de standaardinstellingen. Er is niets anders veranderd.
          </p>
          <button type="button" className="secondary" onClick={() => void dismissSetAsideSettings().then(() => setSetAside(null))}>
            Begrepen
          </button>
        </div>
      )}
      {managed.problems.length > 0 && (
        <div className="welcome" role="alert" data-testid="ts-policy-problems">
          <p>Het beleid dat uw beheerder voor deze extensie instelde, bevat waarden die niet kloppen; die zijn genegeerd (de rest geldt wel):</p>
          <ul>
            {managed.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {welcome && toAsk.length > 0 && (
        <div className="welcome" role="region" aria-labelledby="welkom" data-testid="ts-onboarding">
          <h2 id="welkom">Welkom</h2>
          <p>
            Thuiszitter-signaal leest het verzuim op de pagina's van uw leerlingadministratie en signaleert mogelijke thuiszitters. Alles blijft in deze browser. Vier
            instellingen bepalen de regels: het regioprotocol, het schooltype, de vakantieregio en de schooltijden.{' '}
            {toAsk.length === ONBOARDING_KEYS.length
              ? 'Vul ze hieronder in en klik op Klaar.'
              : `Uw school heeft al ingesteld: ${ONBOARDING_KEYS.filter((k) => managed.keys.has(k)).map((k) => POLICY_KEYS[k].label.toLowerCase()).join(', ')}. Vul de rest hieronder in (${toAsk.map((k) => POLICY_KEYS[k].label.toLowerCase()).join(', ')}) en klik op Klaar.`}{' '}
            Daarna kunt u het schoolprofiel en de melder invullen.
          </p>
        </div>
      )}
      <SchoolSection />
      <TimetableSection />
      {welcome && toAsk.length > 0 && (
        <p>
          <button type="button" onClick={() => void finishWelcome()} data-testid="ts-onboarding-done">
            Klaar
          </button>
        </p>
      )}
      <>
          <ProfileSection />
          <RulesSection />
          <section aria-labelledby="taal">
            <h2 id="taal">Taal</h2>
            <div className="field">
              <label htmlFor="lang">Taal van de zijbalk</label>
              <select
                id="lang"
                value={lang}
                onChange={(e) => {
                  setLang(e.target.value);
                  void langItem.setValue(e.target.value);
                }}
              >
                <option value="nl">Nederlands</option>
                <option value="en">English</option>
              </select>
            </div>
          </section>
          <section aria-labelledby="sites">
            <h2 id="sites">Waar de extensie werkt</h2>
            <p>De extensie leest alleen verzuimgegevens op deze sites. Er gaat niets naar een server.</p>
            <ul>
              {KNOWN_SYSTEMS.map((s) => (
                <li key={s.system}>
                  {s.name} <span className="muted">({s.matches.join(', ')})</span>
                </li>
              ))}
            </ul>
            <h3>Eigen sites</h3>
            <p>Bijvoorbeeld het portaal van uw samenwerkingsverband of het DUO Verzuimloket. De browser vraagt toestemming voor precies die site.</p>
            {managedHosts.length > 0 && (
              <ul data-testid="ts-managed-hosts">
                {managedHosts.map((h) => (
                  <li key={h.pattern} data-managed="true">
                    {h.host} <ManagedNote />{' '}
                    {!h.granted && (
                      // The browser asks the user for each site; a policy cannot give that permission.
                      <button type="button" onClick={() => void grant(h.host)}>
                        Toegang geven
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {hosts.length === 0 ? (
              managedHosts.length === 0 && <p className="muted">Nog geen eigen sites.</p>
            ) : (
              <ul data-testid="ts-own-hosts">
                {hosts
                  .filter((h) => !managed.ownHosts.some((m) => m.pattern === h.pattern))
                  .map((h) => (
                    <li key={h.pattern}>
                      {h.host} <span className="muted">sinds {h.added}</span>{' '}
                      <button type="button" onClick={() => void remove(h.pattern)} aria-label={`${h.host} verwijderen`}>
                        Verwijderen
                      </button>
                    </li>
                  ))}
              </ul>
            )}
            <form onSubmit={(e) => void add(e)}>
              <label htmlFor="host">Webadres</label>
              <input id="host" value={input} onChange={(e) => setInput(e.target.value)} placeholder="portaal.swv-voorbeeld.nl" autoComplete="off" />
              <button type="submit">Site toevoegen</button>
            </form>
            {message && (
              <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
                {message.text}
              </p>
            )}
          </section>
          <LearnedSection />
          <section aria-labelledby="wissen">
            <h2 id="wissen">Gegevens wissen</h2>
            <p className="muted">
              Back-up en herstel staan op de overzichtspagina. Wissen verwijdert alle zaken, meldingen en de thuiszittersregistratie uit deze browser, en zet de instellingen en
              de geleerde pagina’s terug naar het begin. Eigen sites blijven in de lijst; verwijder ze hierboven om hun toestemming terug te geven.
            </p>
            {!confirming ? (
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                Alle gegevens wissen…
              </button>
            ) : (
              <p role="alert">
                Zeker weten? Dit kan niet ongedaan worden.{' '}
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void wipeEverything().then(() => {
                      setConfirming(false);
                      setWiped(true);
                    })
                  }
                >
                  Ja, alles wissen
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  Annuleren
                </button>
              </p>
            )}
            {wiped && (
              <p role="status" className="ok">
                Alle leerlinggegevens zijn gewist.
              </p>
            )}
          </section>
      </>
    </main>
  );
}
