import { describe, expect, it } from 'vitest';
import { SchoolCalendar } from '../lib/calendar/schoolCalendar.ts';
import { caseTerms, caseView, isExpired, moveCase, nextTerm, openCase, regionProcess, type FollowedCase } from '../lib/cases.ts';

const calendar = new SchoolCalendar({ regio: 'midden' });

function followed(presetId: string, overrides: Partial<FollowedCase> = {}): FollowedCase {
  return {
    ...openCase({
      id: 'c1', pupilId: '900101', pupilName: 'Daan Voorbeeld', presetId,
      signal: { kind: 'thuiszitter', since: '2026-10-05', firedOn: '2026-11-09' },
      today: '2026-11-16', now: '2026-11-16T09:00:00Z',
    }),
    ...overrides,
  };
}

const term = (c: FollowedCase, id: string, today: string) => caseTerms(c, calendar, today).find((t) => t.id === id);

describe('case terms per regional protocol', () => {
  it('DUO melding within 5 werkdagen of the signal, public holidays skipped, school holidays not', () => {
    expect(term(followed('landelijk'), 'melding-duo', '2026-11-16')).toMatchObject({ due: '2026-11-16', overdue: false });
    expect(term(followed('landelijk'), 'melding-duo', '2026-11-17')).toMatchObject({ overdue: true });
    // Signal on Tuesday 22 Dec 2026: Christmas Day is no werkdag, the Christmas holiday's other weekdays are.
    const christmas = followed('landelijk', { firedOn: '2026-12-22' });
    expect(term(christmas, 'melding-duo', '2026-12-22')?.due).toBe('2026-12-30');
    // Done when the melding date is recorded.
    expect(term(followed('landelijk', { dates: { meldingLeerplicht: '2026-11-18' } }), 'melding-duo', '2026-12-01')).toMatchObject({ overdue: false, doneOn: '2026-11-18' });
  });

  it('uses the 16-uur signal’s own deadline when the rules computed one', () => {
    const c = followed('landelijk', { signalKind: 'meldplicht-16-uur', meldDeadline: '2026-11-20' });
    expect(term(c, 'melding-duo', '2026-11-21')).toMatchObject({ due: '2026-11-20', overdue: true });
  });

  it('Utrecht: actietafel within 5 days of opening the case', () => {
    expect(term(followed('utrecht'), 'actietafel-utrecht', '2026-11-16')?.due).toBe('2026-11-21');
    expect(term(followed('landelijk'), 'actietafel-utrecht', '2026-11-16')).toBeUndefined();
  });

  it('BePO: middelen within 1 week after the ronde tafel, not longer than 1 month at home, inform at once', () => {
    const waiting = term(followed('bepo'), 'middelen-bepo', '2026-11-16');
    expect(waiting).toMatchObject({ due: undefined, waitingFor: expect.stringMatching(/ronde tafel/), overdue: false });
    expect(term(followed('bepo', { dates: { overleg: '2026-11-18' } }), 'middelen-bepo', '2026-11-26')).toMatchObject({ due: '2026-11-25', overdue: true });
    expect(term(followed('bepo'), 'maand-bepo', '2026-11-16')).toMatchObject({ due: '2026-11-05', overdue: true });
    expect(term(followed('bepo'), 'informeren-bepo', '2026-11-16')?.due).toBe('2026-11-17');
    expect(regionProcess('bepo').inform).toEqual(['Schoolbestuur', 'Jeugdarts', 'Leerplicht', 'Sociaal team', 'Schoolconsulent']);
  });

  it('Lekstroom: a passende plek within 6 weeks; everywhere: never longer than 3 months (Thuiszitterspact)', () => {
    expect(term(followed('lekstroom'), 'passende-plek-lekstroom', '2026-11-16')?.due).toBe('2026-11-16');
    expect(term(followed('ppo-rotterdam'), 'thuiszitterspact', '2026-11-16')?.due).toBe('2027-01-05');
  });

  it('names the phases as the region does, escalates when a term passed, and a closed case has nothing overdue', () => {
    const view = caseView(followed('ppo-rotterdam'), calendar, '2026-11-20');
    expect(view.phaseName).toBe('Fase 0 Voortraject');
    expect(view.overdue).toContain('Melding bij leerplicht (DUO)');
    expect(view.escalation).toMatch(/thuiszitterscoördinator van PPO.*Taskforce/);
    const closed = moveCase(followed('ppo-rotterdam'), 'afgesloten', '2026-11-20', 'now');
    expect(closed.closedOn).toBe('2026-11-20');
    expect(caseTerms(closed, calendar, '2027-03-01').some((t) => t.overdue)).toBe(false);
    expect(regionProcess('utrecht').checklist).toHaveLength(12);
    expect(nextTerm(caseTerms(followed('utrecht'), calendar, '2026-11-16'))?.id).toBe('melding-duo');
  });

  it('closed cases expire after the retention period', () => {
    expect(isExpired({ closedOn: '2026-01-31' }, '2027-01-30', 12)).toBe(false);
    expect(isExpired({ closedOn: '2026-01-31' }, '2027-01-31', 12)).toBe(true);
    expect(isExpired({ closedOn: undefined }, '2030-01-01', 12)).toBe(false);
  });
});

describe('one DUO deadline everywhere', () => {
  it('the case takes the current 16-uur deadline (its oldest open meldmoment) over the one stored at opening', async () => {
    const { caseTerms, currentMeldDeadline, openCase } = await import('../lib/cases.ts');
    const { SchoolCalendar } = await import('../lib/calendar/schoolCalendar.ts');
    const c = openCase({ id: 'z', pupilId: 'L1', pupilName: 'A', presetId: 'landelijk', signal: { kind: 'thuiszitter', since: '2026-10-05', firedOn: '2026-11-02', deadline: '2026-11-09' }, today: '2026-11-10', now: '2026-11-10T08:00:00Z' });
    const signals = [{ kind: 'thuiszitter' as const }, { kind: 'meldplicht-16-uur' as const, deadline: '2026-10-15' }];
    expect(currentMeldDeadline(signals)).toBe('2026-10-15');
    const duo = (d?: string) => caseTerms(c, new SchoolCalendar(), '2026-11-27', d).find((t) => t.id === 'melding-duo')!;
    expect(duo(currentMeldDeadline(signals)).due).toBe('2026-10-15');
    expect(duo(undefined).due).toBe('2026-11-09');
  });
});
