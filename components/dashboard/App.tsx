import { browser } from 'wxt/browser';
import { useEffect, useState } from 'react';
import { CasePage } from './CasePage';
import { MeldingPage } from './MeldingPage';
import { Overview } from './Overview';
import { useText } from '@/components/useText';
import './dashboard.css';

type Route = { page: 'overzicht' } | { page: 'melding'; id: string } | { page: 'zaak'; id: string };

function routeOf(hash: string): Route {
  const [, page, id] = hash.replace(/^#/, '').split('/');
  if ((page === 'melding' || page === 'zaak') && id) return { page, id: decodeURIComponent(id) };
  return { page: 'overzicht' };
}

/**
 * The extension's own page: the overview, a melding draft (#/melding/ID) and a followed case
 * (#/zaak/ID). Free text about a pupil is typed here, in the extension's origin, never on the host page.
 */
export function App() {
  const t = useText().dashboard;
  const [route, setRoute] = useState(() => routeOf(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeOf(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `Thuiszitter-signaal – ${t.titles[route.page]}`;
  }, [route, t]);
  return (
    <>
      <nav className="top no-print" aria-label={t.nav}>
        <a href="#/">{t.overview}</a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t.settings}
        </a>
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noreferrer" data-testid="ts-privacy-link">
          {t.privacy}
        </a>
      </nav>
      <main>
        {route.page === 'melding' ? <MeldingPage key={route.id} id={route.id} /> : route.page === 'zaak' ? <CasePage key={route.id} id={route.id} /> : <Overview />}
      </main>
    </>
  );
}
