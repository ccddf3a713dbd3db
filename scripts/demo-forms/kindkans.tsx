/**
 * A Kindkans-style SWV aanmelding as a React-controlled form: React owns every value, so a filler that
 * only sets `.value` is undone at the next render. The state is shown below the form, which lets the
 * e2e test check that React saw what the extension filled. It also has a BSN field, which the
 * extension must leave empty (OSO: no persoonsgebonden nummer to the samenwerkingsverband).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const BETROKKEN = ['Ouders', 'Jeugdarts', 'Leerplicht', 'Sociaal team', 'Schoolconsulent'];

function Aanmelding() {
  const [state, setState] = useState({
    naam: '', geboortedatum: '', bsn: '', school: '', groep: '', startdatum: '', hulpvraag: '', inzet: '', wensen: '', contactpersoon: '',
    betrokken: [] as string[],
  });
  const [sent, setSent] = useState(false);
  const text = (key: keyof typeof state, label: string, props: Record<string, unknown> = {}) => (
    <div className="row">
      <label htmlFor={key}>{label}</label>
      <input id={key} value={state[key] as string} onChange={(e) => setState({ ...state, [key]: e.target.value })} {...props} />
    </div>
  );
  const area = (key: keyof typeof state, label: string) => (
    <div className="row">
      <label htmlFor={key}>{label}</label>
      <textarea id={key} value={state[key] as string} onChange={(e) => setState({ ...state, [key]: e.target.value })} />
    </div>
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSent(true);
      }}
    >
      {text('naam', 'Naam leerling')}
      {text('geboortedatum', 'Geboortedatum', { type: 'date' })}
      {text('bsn', 'BSN (indien bekend)')}
      {text('school', 'School van inschrijving')}
      {text('groep', 'Groep / leerjaar')}
      {text('startdatum', 'Startdatum thuiszitten', { placeholder: 'dd-mm-jjjj' })}
      {area('hulpvraag', 'Reden aanmelding / hulpvraag')}
      {area('inzet', 'Wat heeft de school gedaan?')}
      <fieldset>
        <legend>Betrokken partijen</legend>
        {BETROKKEN.map((b) => (
          <label key={b} className="inline">
            <input
              type="checkbox"
              checked={state.betrokken.includes(b)}
              onChange={(e) => setState({ ...state, betrokken: e.target.checked ? [...state.betrokken, b] : state.betrokken.filter((x) => x !== b) })}
            />{' '}
            {b}
          </label>
        ))}
      </fieldset>
      {area('wensen', 'Wensen leerling en ouders')}
      {text('contactpersoon', 'Contactpersoon school')}
      <button type="submit">Aanmelding indienen</button>
      {sent && <p className="sent">Demo: niets verstuurd.</p>}
      <pre data-testid="react-state" style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
        {JSON.stringify(state)}
      </pre>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(<Aanmelding />);
