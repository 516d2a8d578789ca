// The renderer served from the app's own scheme (app://peidang/…) instead of file://: a page there can reach its own
// files and nothing else on the disk, and the grantFileProtocolExtraPrivileges fuse can be turned off. No Electron
// here: main.ts registers the scheme and hands each request to rendererResponse.
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf, CSP } from '../host/http-bridge';

export const RENDERER_SCHEME = 'app';
export const RENDERER_HOST = 'peidang';
export const RENDERER_ORIGIN = `${RENDERER_SCHEME}://${RENDERER_HOST}`;
export const RENDERER_URL = `${RENDERER_ORIGIN}/index.html`;

/** The file a URL of the app's scheme names inside the renderer folder, or null (another host, a path outside it). */
export function rendererFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${RENDERER_SCHEME}:` || parsed.host !== RENDERER_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const rel = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  const file = normalize(join(root, rel));
  return file.startsWith(normalize(root) + sep) ? file : null;
}

/** The answer to one request of the renderer: its file with the app's CSP, or 404. */
export async function rendererResponse(url: string, root: string): Promise<Response> {
  const file = rendererFile(url, root);
  if (file === null) return new Response('未找到', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('未找到', { status: 404 });
  }
}
