/** A plain lesson-registration export for the benches: 1,000 pupils × 300 lessons in autumn 2026 (300,000 rows). */
export function lessonCsv(pupils = 1000, lessonsPerPupil = 300): string {
  const lines = ['Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Datum;Lesuur;Reden;Geoorloofd'];
  const days: string[] = [];
  for (let d = new Date('2026-09-01T12:00:00Z'); days.length < 60; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10).split('-').reverse().join('-'));
  }
  for (let p = 0; p < pupils; p++) {
    for (let i = 0; i < lessonsPerPupil; i++) {
      lines.push(`${700000 + p};Leerling;${p};01-01-2012;${days[i % 60]};${1 + Math.floor(i / 60)};${p % 7 === 0 ? 'Spijbelen' : 'Ziek'};${p % 7 === 0 ? 'nee' : 'ja'}`);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
