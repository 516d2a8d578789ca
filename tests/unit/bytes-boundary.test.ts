// File bytes cross the boundary once each way: the dispatcher hands services bytes and sends their bytes as base64.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, Envelope, type Handlers } from '../../shared/api';
import { base64FromBytes, bytesFromBase64, carriesBytes } from '../../shared/bytes';
import { dispatch } from '../../electron/host/dispatch';
import type { Host } from '../../electron/host/host';
import { cleanupTemp, startTempHost } from './temp-data';
import { samplePath } from '../support/fixtures';

let host: Host;

beforeEach(() => {
  ({ host } = startTempHost(false));
});
afterEach(cleanupTemp);

describe('file bytes at the dispatcher', () => {
  it('hands the service the bytes of the file the UI sent as base64', async () => {
    const file = readFileSync(samplePath('民生实事-2025.xlsx'));
    let received: unknown;
    const spy: Handlers = {
      ...host.handlers,
      'scores.import': (input) => {
        received = input.data;
        return host.handlers['scores.import'](input);
      },
    };
    const envelope = await dispatch(
      spy,
      'scores.import',
      { fileName: '测评.xlsx', data: file.toString('base64') },
      () => {},
    );
    expect(received).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(received as Uint8Array).equals(file)).toBe(true);
    // Not a score sheet: the service itself read the bytes and said so in Chinese.
    expect(envelope).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^SCORES_/) } });
  });

  it('sends the bytes a service returns as base64 that decodes to the file written', async () => {
    const created = Envelope.parse(
      await host.invoke('plans.create', {
        kind: 'peidang',
        title: '2026年重点工作',
        issuer: '县卫生健康局',
        docNo: '',
        year: 2026,
        attachmentLabel: '附件1',
      }),
    );
    if (!created.ok) throw new Error(created.error.message);
    const plan = api['plans.create'].output.parse(created.data);
    const envelope = Envelope.parse(
      await host.invoke('export.xlsx', { planId: plan.id, options: { orientation: 'portrait' } }),
    );
    if (!envelope.ok) throw new Error(envelope.error.message);
    const wire = envelope.data as { data: unknown };
    expect(typeof wire.data).toBe('string');
    const parsed = api['export.xlsx'].output.parse(envelope.data);
    expect(Buffer.from(parsed.data).subarray(0, 2).toString()).toBe('PK');
  });

  it('knows which methods answer with a file', () => {
    const answering = Object.keys(api).filter((m) => carriesBytes(api[m as keyof typeof api].output));
    expect(answering.sort()).toEqual([
      'export.docx',
      'export.xlsx',
      'progress.exportOverview',
      'progress.exportReport',
      'rounds.exportSummary',
      'rounds.exportTimeliness',
      'rounds.file',
      'rounds.generateFiles',
      'rounds.generateZip',
      'scores.exportNotice',
    ]);
  });

  it('decodes and encodes base64 the same as Node, in the page too (no Buffer there)', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 131) % 256);
    const text = base64FromBytes(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(bytesFromBase64(text)).equals(Buffer.from(bytes))).toBe(true);
    const saved = globalThis.Buffer;
    try {
      Reflect.deleteProperty(globalThis, 'Buffer');
      expect(base64FromBytes(bytes)).toBe(text);
      expect(Array.from(bytesFromBase64(text))).toEqual(Array.from(bytes));
    } finally {
      globalThis.Buffer = saved;
    }
  });
});
