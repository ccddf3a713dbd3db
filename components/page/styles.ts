/**
 * Styles of the badge and the sidebar, passed to the shadow roots as text: no CSS file, so pages the
 * school adds later (registered at runtime) get the same styles (EXTENSIONS.md §0.5). Pixel units,
 * because rem follows the host page's font size.
 */
export const LEVEL_COLORS: Record<string, { background: string; color: string }> = {
  thuiszitter: { background: '#b3261e', color: '#ffffff' },
  'meldplicht-16-uur': { background: '#c25400', color: '#ffffff' },
  'rmc-verzuim': { background: '#8a4b08', color: '#ffffff' },
  'dreigend-thuiszitter': { background: '#f2c94c', color: '#1d1d1d' },
  mazl: { background: '#2f6fb3', color: '#ffffff' },
  geen: { background: '#e6ebef', color: '#2b3440' },
};

const levelRules = Object.entries(LEVEL_COLORS)
  .map(([level, c]) => `[data-level="${level}"]{background:${c.background};color:${c.color}}`)
  .join('\n');

const BASE = `
:host{all:initial}
*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
button:focus-visible,summary:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
`;

/** A page may hold hundreds of badges, each in its own shadow root: their stylesheet stays small. */
export const BADGE_STYLES = `${BASE}
.badge[data-overdue="true"]{outline:2px solid #b3261e;outline-offset:1px}
.badge{display:inline-flex;align-items:center;gap:6px;margin:0 6px;padding:2px 9px;border:0;border-radius:999px;
  font-size:12px;font-weight:600;line-height:18px;cursor:pointer;white-space:nowrap;vertical-align:middle}
${levelRules}
`;

export const SIDEBAR_STYLES = `${BASE}
.sidebar{position:fixed;top:0;right:0;height:100vh;width:380px;max-width:92vw;background:#ffffff;color:#1d2733;
  border-left:1px solid #c9d1d9;box-shadow:-6px 0 18px rgba(0,0,0,.12);display:flex;flex-direction:column;z-index:2147483000;font-size:14px}
.sidebar[hidden]{display:none}
.sidebar header{display:flex;align-items:center;gap:8px;padding:10px 12px;background:#21466e;color:#fff}
.sidebar header h2{flex:1;margin:0;font-size:15px}
.sidebar header button{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.6);border-radius:4px;padding:2px 8px;font-size:12px;cursor:pointer}
.content{overflow:auto;padding:10px 14px 24px;flex:1}
.content h3{font-size:15px;margin:14px 0 6px}
.content h4{font-size:13px;margin:12px 0 4px;text-transform:uppercase;letter-spacing:.03em;color:#4a5866}
.signal{border:1px solid #d5dbe1;border-left-width:6px;border-radius:6px;padding:8px 10px;margin:8px 0}
.signal[data-kind="thuiszitter"]{border-left-color:#b3261e}
.signal[data-kind="meldplicht-16-uur"]{border-left-color:#c25400}
.moments{margin:4px 0;padding-left:18px;font-size:12px}
.moment.overdue{color:#b3261e;font-weight:600}
.signal[data-kind="rmc-verzuim"]{border-left-color:#8a4b08}
.signal[data-kind="dreigend-thuiszitter"]{border-left-color:#d4a72c}
.signal[data-kind="mazl"]{border-left-color:#2f6fb3}
.signal p{margin:2px 0}
.line{margin:2px 0 6px;font-size:13px}
.more{margin-top:8px}
.signal .title{font-weight:700}
details{margin-top:4px}
summary{cursor:pointer;color:#21466e}
ul{margin:4px 0;padding-left:18px}
li{margin:3px 0}
.muted{color:#5b6875;font-size:12px}
.pupil{border-top:1px solid #e3e8ee;padding-top:6px}
.pupil button{background:none;border:0;padding:0;color:#21466e;font-weight:600;cursor:pointer;text-align:left;font-size:14px}
.tab{position:fixed;right:0;top:40%;transform-origin:right bottom;transform:rotate(-90deg) translateX(50%);
  background:#21466e;color:#fff;border:0;border-radius:6px 6px 0 0;padding:6px 12px;font-size:13px;cursor:pointer;z-index:2147483000}
.actions{margin-top:14px;padding-top:6px;border-top:1px solid #e3e8ee}
.action{display:block;width:100%;background:#21466e;color:#fff;border:1px solid #21466e;border-radius:4px;padding:6px 8px;margin:6px 0;cursor:pointer;text-align:left;font-size:13px}
.action[disabled]{background:#e6ebef;color:#5b6875;border-color:#c9d1d9;cursor:not-allowed}
.case{border:1px solid #d5dbe1;border-left:6px solid #21466e;border-radius:6px;padding:6px 10px;margin:6px 0}
.case p{margin:3px 0}
.case.overdue{border-left-color:#b3261e;background:#fdecea}
.case .action{background:#fff;color:#21466e}
.choices{list-style:none;padding:0}
.choices button,.buttons button,.content > button{background:#fff;border:1px solid #21466e;color:#21466e;border-radius:4px;padding:5px 8px;margin:3px 0;cursor:pointer;text-align:left;font-size:13px}
.mapping{display:grid;gap:2px;margin:8px 0}
.mapping select{font-size:13px;padding:3px}
.warning{background:#fff6e0;border:1px solid #f2c94c;border-radius:6px;padding:6px 8px;margin:6px 0;font-size:12px}
.coverage{font-size:12px;margin:6px 0;padding:6px 8px;border:1px solid #d5dbe1;border-radius:6px}
.coverage p,.coverage ul{margin:2px 0}
.coverage ul{padding-left:18px}
`;
