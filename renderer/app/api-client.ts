// The API client: the same typed invoke(method, input) over Electron's preload or over HTTP in browser mode.
import {
  TRANSPORT,
  api,
  Envelope,
  type EventName,
  type EventPayload,
  type Input,
  type Method,
  type Output,
} from '../../shared/api';
import type { ErrorPayload } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { isLeaving } from './pending-edits';

/** What the preload exposes in Electron; absent in browser mode. */
interface Bridge {
  invoke: (method: string, input: unknown) => Promise<unknown>;
  on: (event: string, cb: (payload: unknown) => void) => () => void;
}

declare global {
  interface Window {
    peidang?: Bridge;
  }
}

/** An error the host answered with, carrying the Chinese message to show. */
export class ApiError extends Error {
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.payload = payload;
  }
}

const TOKEN_KEY = 'peidang.token';

function browserToken(): string {
  const match = /token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Browsers let a request outlive its page (keepalive) only while such requests hold under 64 KB in all. */
const KEEPALIVE_LIMIT = 60_000;

async function overHttp(method: string, input: unknown): Promise<unknown> {
  let res: Response;
  const body = JSON.stringify(input);
  try {
    res = await fetch(`${TRANSPORT.invokePath}${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TRANSPORT.tokenHeader]: browserToken() },
      body,
      // An edit committed as the page goes away (reload, tab closed) still reaches the host.
      keepalive: isLeaving() && body.length < KEEPALIVE_LIMIT,
    });
  } catch {
    return unreachable();
  }
  return res.json();
}

function unreachable(): Envelope {
  return { ok: false, error: hostUnreachable() };
}

function hostUnreachable(): ErrorPayload {
  return { code: 'HOST_UNREACHABLE', message: messageOf('HOST_UNREACHABLE'), params: {} };
}

export async function invoke<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const raw = window.peidang ? await window.peidang.invoke(method, input) : await overHttp(method, input);
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) throw new ApiError(hostUnreachable());
  if (!envelope.data.ok) throw new ApiError(envelope.data.error);
  return api[method].output.parse(envelope.data.data) as Output<M>;
}

/** Whether the app runs in the desktop shell, which has a menu and native dialogs, rather than in a browser tab. */
export function inDesktopShell(): boolean {
  return !!window.peidang;
}

/** Subscribes to an event the host pushes; returns the function that unsubscribes. */
export function on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
  if (window.peidang) return window.peidang.on(event, (p) => cb(p as EventPayload<E>));
  const source = new EventSource(`${TRANSPORT.eventsPath}?token=${encodeURIComponent(browserToken())}`);
  source.onmessage = (m: MessageEvent<string>) => {
    const data = JSON.parse(m.data) as { event: string; payload: unknown };
    if (data.event === event) cb(data.payload as EventPayload<E>);
  };
  return () => source.close();
}

/** The Chinese text for any error that reaches the UI. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.payload.message;
  return messageOf('INTERNAL', { incidentId: 'UI' });
}
