/** The demo pages' HTML shell: every value that goes into markup is escaped. */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function page(title: string, system: string, body: string, style = ''): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="ts-demo-system" content="${escapeHtml(system)}">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1d2733;background:#f4f6f8}
header.app{background:#21466e;color:#fff;padding:10px 20px;font-weight:600}
main{padding:20px 24px;max-width:980px}
table{border-collapse:collapse;background:#fff;width:100%;margin-top:8px}
th,td{border:1px solid #d5dbe1;padding:5px 8px;text-align:left;font-size:14px}
th{background:#e9eef3}
dl{display:grid;grid-template-columns:160px auto;gap:4px 12px;background:#fff;padding:12px;border:1px solid #d5dbe1}
dt{font-weight:600}dd{margin:0}
${style}
</style></head><body>${body}</body></html>`;
}

