/**
 * The production UI lives in closed shadow roots, which Playwright's locators (and page scripts)
 * cannot enter. The tests of the closed build look inside through the DevTools protocol, as a user's
 * eyes would: the text on screen and where a button is, to click it with the real mouse.
 */
import type { Page } from '@playwright/test';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

async function documentTree(page: Page): Promise<CdpNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return root;
  } finally {
    await cdp.detach();
  }
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const shadow of node.shadowRoots ?? []) yield* walk(shadow);
  for (const child of node.children ?? []) yield* walk(child);
}

function attribute(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

/** The text inside the shadow roots of every host with this tag (e.g. thuiszitter-signaal). */
export async function shadowText(page: Page, hostTag: string): Promise<string> {
  const parts: string[] = [];
  for (const node of walk(await documentTree(page))) {
    if (node.localName !== hostTag) continue;
    for (const shadow of node.shadowRoots ?? []) {
      for (const inner of walk(shadow)) if (inner.nodeType === 3 && inner.nodeValue) parts.push(inner.nodeValue);
    }
  }
  return parts.join(' ');
}

/** The mode of each shadow root hung on a host with this tag, as the browser has it. */
export async function shadowModes(page: Page, hostTag: string): Promise<string[]> {
  const modes: string[] = [];
  for (const node of walk(await documentTree(page))) {
    if (node.localName !== hostTag) continue;
    for (const shadow of node.shadowRoots ?? []) modes.push((shadow as CdpNode & { shadowRootType?: string }).shadowRootType ?? '?');
  }
  return modes;
}

/**
 * Clicks, with the real mouse, the element with this data-testid inside a closed root, once it is
 * enabled (scrolled into view first, as a user would).
 */
export async function realClick(page: Page, testid: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const node = [...walk(await documentTree(page))].find((n) => attribute(n, 'data-testid') === testid);
    if (node) {
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
        if (attribute(node, 'disabled') === undefined) {
          const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { content: number[] } };
          const [x1, y1, , , x3, y3] = model.content;
          await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
          return;
        }
      } finally {
        await cdp.detach();
      }
    }
    if (Date.now() > deadline) throw new Error(`no enabled [data-testid="${testid}"] in a shadow root`);
    await page.waitForTimeout(100);
  }
}

/** Waits until the text inside the hosts' shadow roots contains `text`. */
export async function waitForShadowText(page: Page, hostTag: string, text: string | RegExp): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const seen = await shadowText(page, hostTag);
    if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) return seen;
    if (Date.now() > deadline) throw new Error(`shadow text of ${hostTag} never contained ${String(text)}; it read: ${seen.slice(0, 400)}`);
    await page.waitForTimeout(150);
  }
}
