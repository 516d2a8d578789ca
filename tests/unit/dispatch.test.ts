// The one dispatcher behind both transports: unknown methods, bad input, expected and unexpected errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, Envelope } from '../../shared/api';
import { messageOf } from '../../shared/messages.zh-CN';
import type { ErrorPayload } from '../../shared/errors';
import type { Host } from '../../electron/host/host';
import { cleanupTemp, startTempHost } from './temp-data';

let host: Host;
let logLines: string[];

beforeEach(() => {
  ({ host, logLines } = startTempHost());
});
afterEach(cleanupTemp);

/** Calls the host and gives back the error it answers with, failing the test if the call succeeded. */
async function errorOf(method: string, input: unknown): Promise<ErrorPayload> {
  const envelope = Envelope.parse(await host.invoke(method, input));
  if (envelope.ok) throw new Error(`${method} succeeded`);
  return envelope.error;
}

describe('dispatch', () => {
  it('answers data its contract accepts for a good call', async () => {
    const envelope = Envelope.parse(await host.invoke('plans.list', {}));
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(api['plans.list'].output.parse(envelope.data)).toHaveLength(2);
  });

  it('takes a missing input as an empty object', async () => {
    const envelope = await host.invoke('app.info', undefined);
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(api['app.info'].output.parse(envelope.data)).toMatchObject({ version: 'test', mode: 'browser' });
  });

  it('answers UNKNOWN_METHOD, naming the method, for a method the contract does not have', async () => {
    const error = await errorOf('plans.explode', {});
    expect(error.code).toBe('UNKNOWN_METHOD');
    expect(error.message).toBe('程序内部调用了不存在的功能「plans.explode」，请升级到最新版本。');
  });

  it('does not take inherited object properties for methods', async () => {
    expect((await errorOf('toString', {})).code).toBe('UNKNOWN_METHOD');
    expect((await errorOf('__proto__', {})).code).toBe('UNKNOWN_METHOD');
  });

  it('answers BAD_INPUT naming the field when the input fails its schema, and runs nothing', async () => {
    const error = await errorOf('plans.create', {
      title: '',
      issuer: '',
      docNo: '',
      year: 2026,
      attachmentLabel: '',
      kind: 'peidang',
    });
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/^提交的内容不符合要求：「title」/);
    const envelope = await host.invoke('plans.list', {});
    expect(envelope.ok && api['plans.list'].output.parse(envelope.data)).toHaveLength(2);
  });

  it('tells what is wrong with bad input in Chinese, not in English', async () => {
    const error = await errorOf('plans.get', {});
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/^提交的内容不符合要求：「planId」/);
    expect(error.message).not.toMatch(/Invalid|expected|received/i);
  });

  it('answers an expected failure with its code and Chinese message', async () => {
    const error = await errorOf('plans.get', { planId: 'no-such-plan' });
    expect(error).toMatchObject({ code: 'PLAN_NOT_FOUND', message: messageOf('PLAN_NOT_FOUND') });
    expect(error.message).toBe('找不到这个方案，它可能已被删除。请在左侧列表中重新选择。');
    expect(error.incidentId).toBeUndefined();
  });

  it('answers NOTHING_TO_UNDO with its message on a plan without edits', async () => {
    const plans = await host.invoke('plans.list', {});
    const first = plans.ok ? api['plans.list'].output.parse(plans.data)[0] : undefined;
    const error = await errorOf('history.undo', { planId: first?.id ?? '' });
    expect(error).toMatchObject({ code: 'NOTHING_TO_UNDO', message: '没有可以撤销的操作。' });
  });

  it('answers an unexpected failure with 发生内部错误 and an id, logs the stack under that id, and shows no stack', async () => {
    const plans = await host.invoke('plans.list', {});
    const first = plans.ok ? api['plans.list'].output.parse(plans.data)[0] : undefined;
    host.ctx.db.prepare('UPDATE plans SET columns = ? WHERE id = ?').run('{damaged', first?.id ?? '');
    const error = await errorOf('plans.get', { planId: first?.id ?? '' });
    expect(error.code).toBe('INTERNAL');
    expect(error.incidentId).toMatch(/^[0-9a-f]{8}$/);
    expect(error.message).toBe(
      `发生内部错误（编号 ${error.incidentId ?? ''}），刚才的操作没有完成，已保存的内容不受影响。`,
    );
    expect(error.message).not.toMatch(/SyntaxError|JSON|\.ts|at /);
    const logged = logLines.find((l) => l.includes(`[${error.incidentId ?? ''}]`));
    expect(logged).toMatch(/plans\.get failed: SyntaxError/);
    expect(logged).toMatch(/\n\s+at /);
  });

  it('gives each unexpected failure its own id', async () => {
    host.close();
    const a = await errorOf('plans.list', {});
    const b = await errorOf('plans.list', {});
    expect(a.code).toBe('INTERNAL');
    expect(a.incidentId).not.toBe(b.incidentId);
    expect(logLines).toHaveLength(2);
  });
});
