import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { magisterAbsences } from '../../lib/hosts/magister/json.ts';
import { pageJsonKind } from '../../lib/hosts/pageData.ts';
import { somtodayAbsentieMeldingen, somtodayRegistratieOverzicht } from '../../lib/hosts/somtoday/json.ts';

const json = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/json/${name}`, import.meta.url), 'utf8'));

describe('which page responses carry absences', () => {
  it('recognises the Magister and Somtoday endpoints and nothing else', () => {
    expect(pageJsonKind('https://school.magister.net/api/personen/12345/absenties?van=2026-08-01&tot=2027-07-31')).toBe('magister-absenties');
    expect(pageJsonKind('https://api.somtoday.nl/rest/v1/absentiemeldingen?begindatumtijd=2026-08-01')).toBe('somtoday-absentiemeldingen');
    expect(pageJsonKind('https://api.somtoday.nl/rest/v1/leerlingen/abc-12/registratieOverzicht?periode=SCHOOLJAAR')).toBe('somtoday-registratieoverzicht');
    expect(pageJsonKind('https://school.magister.net/api/personen/12345/cijfers')).toBeNull();
  });
});

describe('Magister absenties (HOSTS.md §1.2, real record)', () => {
  const result = magisterAbsences(json('magister-absenties.json'), '12345');

  it('takes the Dutch date of the lesson, its lesuren, the flag and the Verantwoordingtype', () => {
    expect(result.records[0]).toEqual({
      pupilId: '12345', date: '2026-08-19', span: { kind: 'lessons', from: 1, to: 1 }, category: 'te-laat', geoorloofd: 'nee',
      reasonCode: 'LO', reasonText: 'Te laat ongeoorloofd', source: { kind: 'page', name: 'magister-json' },
    });
    // Without the lesson object: the absence's own day (22:00Z in summer is the next day in the Netherlands).
    expect(result.records[1]).toMatchObject({ date: '2026-09-30', span: { kind: 'lessons', from: 1, to: 1 }, category: 'absent', geoorloofd: 'nee', reasonCode: 'SP' });
    expect(result.records[2]).toMatchObject({ date: '2026-10-02', category: 'ziek', geoorloofd: 'ja' });
    // Trailing spaces trimmed; "huiswerk vergeten" is no absence.
    expect(result.records[3]).toMatchObject({ reasonText: 'Huiswerk vergeten', category: 'overig' });
  });

  it('skips what is not a record, without failing', () => {
    expect(result.records).toHaveLength(4);
    expect(result.skipped).toBe(2);
    expect(magisterAbsences('geen json', '1').records).toEqual([]);
    expect(magisterAbsences({ Items: 'x' }, '1').records).toEqual([]);
  });
});

describe('Somtoday', () => {
  it('reads absentiemeldingen with the pupil, reason, lesuren and multi-day periods', () => {
    const result = somtodayAbsentieMeldingen(
      {
        items: [
          {
            $type: 'participatie.RAbsentieMelding',
            leerling: { UUID: '12abc34e', leerlingnummer: 100000, roepnaam: 'Voor', achternaam: 'Beeld' },
            absentieReden: { absentieSoort: 'Absent', afkorting: 'XC', omschrijving: 'Onbekend', geoorloofd: false },
            beginDatumTijd: '2026-11-02T10:00:00.000+01:00', eindDatumTijd: '2026-11-02T11:00:00.000+01:00', beginLesuur: 3, eindLesuur: 3,
          },
          {
            leerling: { leerlingnummer: 100000 },
            absentieReden: { absentieSoort: 'Absent', omschrijving: 'Ziek', geoorloofd: true },
            beginDatumTijd: '2026-11-04T08:30:00.000+01:00', eindDatumTijd: '2026-11-06T16:00:00.000+01:00',
          },
          { beginDatumTijd: 12 },
        ],
      },
      'fallback',
      '2026-11-27',
    );
    expect(result.pupils).toEqual([{ id: '100000', name: 'Voor Beeld' }]);
    // The first day from its begin time, the last until its end time, the day between whole.
    expect(result.records.map((r) => [r.date, r.span, r.category, r.geoorloofd, r.reasonCode ?? ''])).toEqual([
      ['2026-11-02', { kind: 'lessons', from: 3, to: 3 }, 'absent', 'nee', 'XC'],
      ['2026-11-04', { kind: 'time', start: '08:30' }, 'absent', 'ja', ''],
      ['2026-11-05', { kind: 'day' }, 'absent', 'ja', ''],
      ['2026-11-06', { kind: 'time', start: '00:00', end: '16:00' }, 'absent', 'ja', ''],
    ]);
    expect(result.skipped).toBe(1);
  });

  it('reads registratieOverzicht in the flat-bucket shape', () => {
    const result = somtodayRegistratieOverzicht(
      {
        ongeoorloofdAfwezig: [{ omschrijving: 'Spijbelen', begin: '2026-09-19T09:00:00+02:00', eind: '2026-09-19T10:00:00+02:00', geoorloofd: false, registratieSoort: 'ABSENTIEMELDING' }],
        geoorloofdAfwezig: [{ omschrijving: 'Tandarts', begin: '2026-09-20T09:00:00+02:00', geoorloofd: true }],
        verwijderd: [{ omschrijving: 'Is er uit gestuurd', begin: '2026-09-21T11:00:00+02:00', geoorloofd: true }],
        teLaat: [{ omschrijving: 'Te laat', begin: '2026-09-22T08:35:00+02:00', eind: '2026-09-22T08:45:00+02:00' }],
      },
      'leerling',
      '2026-09-20',
    );
    // An item without an end runs until today.
    expect(result.records.map((r) => [r.date, r.category, r.geoorloofd])).toEqual([
      ['2026-09-19', 'absent', 'nee'],
      ['2026-09-20', 'absent', 'ja'],
      ['2026-09-22', 'te-laat', 'onbekend'],
      ['2026-09-21', 'verwijderd', 'ja'],
    ]);
  });

  it('reads registratieOverzicht in the wrapper shape', () => {
    const result = somtodayRegistratieOverzicht(
      {
        registraties: [
          {
            categorie: { kolom: 'ONGEOORLOOFD_AFWEZIG' },
            periodeRegistratieDetails: {
              aantalRegistraties: 2,
              vakRegistraties: [
                { registraties: [{ beginDatumTijd: '2026-10-05T08:30:00', eindDatumTijd: '2026-10-05T10:10:00', absentieReden: 'Spijbelen', beginLesuur: 1, eindLesuur: 2, minutenGemist: 100 }] },
              ],
            },
          },
          { categorie: { vrijVeld: { naam: 'Huiswerk niet in orde' } }, periodeRegistratieDetails: { vakRegistraties: [] } },
        ],
      },
      'leerling',
      '2026-10-05',
    );
    expect(result.records).toEqual([
      {
        pupilId: 'leerling', date: '2026-10-05', span: { kind: 'lessons', from: 1, to: 2 }, category: 'absent', geoorloofd: 'nee',
        minutes: 100, reasonText: 'Spijbelen', source: { kind: 'page', name: 'somtoday-json' },
      },
    ]);
  });
});
