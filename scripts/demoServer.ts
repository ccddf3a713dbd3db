/** Serves the demo school's pages on this machine only (127.0.0.1), for `npm run demo` and the e2e tests. */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { AddressInfo } from 'node:net';
import { todayIso } from '../lib/calendar/days.ts';
import { demoApi, demoPage } from './demo/pages.ts';

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** The React-controlled demo form (Kindkans-style), bundled once per server. */
async function bundleDemoForms(): Promise<Map<string, string>> {
  const entry = fileURLToPath(new URL('./demo-forms/kindkans.tsx', import.meta.url));
  const result = await build({
    entryPoints: [entry], bundle: true, write: false, format: 'iife', jsx: 'automatic', minify: true,
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
  });
  return new Map([['/demo-assets/kindkans.js', result.outputFiles[0]!.text]]);
}

export async function startDemoServer(options: { port?: number; peildatum?: string; host?: string } = {}): Promise<DemoServer> {
  const assets = await bundleDemoForms();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const asset = assets.get(path);
    if (asset !== undefined) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(asset);
      return;
    }
    const api = demoApi(path, options.peildatum ?? todayIso());
    if (api !== null) {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(JSON.stringify(api));
      return;
    }
    const html = demoPage(path, options.peildatum ?? todayIso());
    if (html === null) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Niet gevonden');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browser keeps connections alive; close them so the server stops at once.
        server.closeAllConnections();
      }),
  };
}
