/** A school overview whose table the page adds 300 ms after load, all at once, then notes the time. */
export function benchPage(rows: number): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench ${rows}</title></head><body>
<h1>Absentieoverzicht</h1><div id="app"></div>
<script>
window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });
// The first badge, beside a cell or in the extension's badge layer (both open shadow roots).
(function watch() {
  const inLayer = document.querySelector('thuiszitter-badges')?.shadowRoot?.querySelector('[data-testid="ts-badge"]');
  if (document.querySelector('thuiszitter-badge') || (inLayer && inLayer.style.visibility === 'visible')) window.__badgeAt = performance.now();
  else requestAnimationFrame(watch);
})();
setTimeout(() => {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const t of ['Leerlingnummer', 'Naam', 'Datum', 'Lesuur', 'Reden', 'Geoorloofd']) { const th = document.createElement('th'); th.textContent = t; head.append(th); }
  const body = table.createTBody();
  const today = new Date();
  for (let i = 0; i < ${rows}; i++) {
    const pupil = i % Math.max(1, Math.min(500, Math.ceil(${rows} / 20)));
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1 - Math.floor(i / 50) % 80);
    const tr = body.insertRow();
    for (const v of [String(100000 + pupil), 'Leerling ' + pupil, d.getDate() + '-' + (d.getMonth() + 1) + '-' + d.getFullYear(), String(1 + (i % 8)), 'Spijbelen', 'nee']) tr.insertCell().textContent = v;
  }
  document.getElementById('app').append(table);
  window.__tableAt = performance.now();
}, 300);
</script></body></html>`;
}

