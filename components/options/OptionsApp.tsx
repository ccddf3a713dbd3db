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
import { ONBOARDING_KEYS } from '@/lib/policy';
import { ManagedNote, useManaged } from './managed';
import './options.css';
import { formatDate } from '@/lib/format';
import { useText } from '@/components/useText';


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
  const t = useText().options;
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
    const result = await addOwnHost(input, t);
    setMessage({ ok: result.ok, text: result.message });
    if (result.ok) setInput('');
    setHosts(await loadOwnHosts());
  }

  async function grant(host: string) {
    const result = await addOwnHost(host, t);
    setMessage({ ok: result.ok, text: result.message });
    setHosts(await loadOwnHosts());
  }

  async function remove(pattern: string) {
    await removeOwnHost(pattern);
    setHosts(await loadOwnHosts());
    setMessage({ ok: true, text: t.removed });
  }

  async function finishWelcome() {
    await onboardedItem.setValue(true);
    setWelcome(false);
    history.replaceState(null, '', location.pathname);
  }

  return (
    <main>
      <h1>{t.title}</h1>
      <p>
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noreferrer" data-testid="ts-privacy-link">
          {t.privacyLink}
        </a>
      </p>
      {setAside && (
        <div className="welcome" role="alert" data-testid="ts-settings-set-aside">
          <p>{t.setAside(setAside.problem, formatDate(setAside.at.slice(0, 10)))}</p>
          <button type="button" className="secondary" onClick={() => void dismissSetAsideSettings().then(() => setSetAside(null))}>
            {t.understood}
          </button>
        </div>
      )}
      {managed.problems.length > 0 && (
        <div className="welcome" role="alert" data-testid="ts-policy-problems">
          <p>{t.policyProblems}</p>
          <ul>
            {managed.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {welcome && toAsk.length > 0 && (
        <div className="welcome" role="region" aria-labelledby="welkom" data-testid="ts-onboarding">
          <h2 id="welkom">{t.welcome}</h2>
          <p>
            {t.welcomeIntro}{' '}
            {toAsk.length === ONBOARDING_KEYS.length
              ? t.welcomeAll
              : t.welcomeSome(ONBOARDING_KEYS.filter((k) => managed.keys.has(k)).map((k) => t.onboardingNames[k]).join(', '), toAsk.map((k) => t.onboardingNames[k]).join(', '))}{' '}
            {t.afterwards}
          </p>
        </div>
      )}
      <SchoolSection />
      <TimetableSection />
      {welcome && toAsk.length > 0 && (
        <p>
          <button type="button" onClick={() => void finishWelcome()} data-testid="ts-onboarding-done">
            {t.done}
          </button>
        </p>
      )}
      <>
          <ProfileSection />
          <RulesSection />
          <section aria-labelledby="taal">
            <h2 id="taal">{t.language}</h2>
            <div className="field">
              <label htmlFor="lang">{t.languageLabel}</label>
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
            <h2 id="sites">{t.sites}</h2>
            <p>{t.sitesIntro}</p>
            <ul>
              {KNOWN_SYSTEMS.map((s) => (
                <li key={s.system}>
                  {s.name} <span className="muted">({s.matches.join(', ')})</span>
                </li>
              ))}
            </ul>
            <h3>{t.ownSites}</h3>
            <p>{t.ownSitesIntro}</p>
            {managedHosts.length > 0 && (
              <ul data-testid="ts-managed-hosts">
                {managedHosts.map((h) => (
                  <li key={h.pattern} data-managed="true">
                    {h.host} <ManagedNote />{' '}
                    {!h.granted && (
                      // The browser asks the user for each site; a policy cannot give that permission.
                      <button type="button" onClick={() => void grant(h.host)}>
                        {t.grant}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {hosts.length === 0 ? (
              managedHosts.length === 0 && <p className="muted">{t.noOwnSites}</p>
            ) : (
              <ul data-testid="ts-own-hosts">
                {hosts
                  .filter((h) => !managed.ownHosts.some((m) => m.pattern === h.pattern))
                  .map((h) => (
                    <li key={h.pattern}>
                      {h.host} <span className="muted">{t.since(h.added)}</span>{' '}
                      <button type="button" onClick={() => void remove(h.pattern)} aria-label={t.removeLabel(h.host)}>
                        {t.remove}
                      </button>
                    </li>
                  ))}
              </ul>
            )}
            <form onSubmit={(e) => void add(e)}>
              <label htmlFor="host">{t.address}</label>
              <input id="host" value={input} onChange={(e) => setInput(e.target.value)} placeholder="portaal.swv-voorbeeld.nl" autoComplete="off" />
              <button type="submit">{t.addSite}</button>
            </form>
            {message && (
              <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
                {message.text}
              </p>
            )}
          </section>
          <LearnedSection />
          <section aria-labelledby="wissen">
            <h2 id="wissen">{t.wipeTitle}</h2>
            <p className="muted">{t.wipeIntro}</p>
            {!confirming ? (
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                {t.wipeButton}
              </button>
            ) : (
              <p role="alert">
                {t.sure}{' '}
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
                  {t.yesWipe}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  {t.cancel}
                </button>
              </p>
            )}
            {wiped && (
              <p role="status" className="ok">
                {t.wiped}
              </p>
            )}
          </section>
      </>
    </main>
  );
}
