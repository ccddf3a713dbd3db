import { useEffect, useState } from 'react';
import { addOwnHost, loadOwnHosts, removeOwnHost } from '@/components/hosts';
import { KNOWN_SYSTEMS } from '@/lib/adapters';
import type { OwnHost } from '@/lib/hosts';
import { SchoolSection } from './SchoolSection';
import './options.css';

/** Options: the school's region and type, and the sites the extension works on; the rest of the school profile follows. */
export function OptionsApp() {
  const [hosts, setHosts] = useState<OwnHost[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void loadOwnHosts().then(setHosts);
  }, []);

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const result = await addOwnHost(input);
    setMessage({ ok: result.ok, text: result.message });
    if (result.ok) setInput('');
    setHosts(await loadOwnHosts());
  }

  async function remove(pattern: string) {
    await removeOwnHost(pattern);
    setHosts(await loadOwnHosts());
    setMessage({ ok: true, text: 'Verwijderd.' });
  }

  return (
    <main>
      <h1>Thuiszitter-signaal – instellingen</h1>
      <SchoolSection />
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
        <p>Bijvoorbeeld het portaal van uw samenwerkingsverband. De browser vraagt toestemming voor precies die site.</p>
        {hosts.length === 0 ? (
          <p className="muted">Nog geen eigen sites.</p>
        ) : (
          <ul data-testid="ts-own-hosts">
            {hosts.map((h) => (
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
    </main>
  );
}
