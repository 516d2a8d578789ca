// The importer runs in a worker thread: a file past its deadline or its heap is stopped with a Chinese message, and
// the host answers other calls (plans.list) while a file is being read.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readSheetsIsolated } from '../../electron/host/read-isolated';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { cleanupTemp, startTempHost } from './temp-data';
import { samplePath } from '../support/fixtures';

afterEach(cleanupTemp);

const sample = (name: string) => new Uint8Array(readFileSync(samplePath(name)));

/** A CSV of 30,000 rows of ten cells (about 25 MB): read within the app's limits, but not in a heap of 16 MB. */
function bigCsv(): Uint8Array {
  const cell = '完善基层医疗卫生服务体系建设'.repeat(2);
  const lines = Array.from({ length: 30_000 }, (_, i) => `${i + 1},${Array<string>(9).fill(`${cell}${i}`).join(',')}`);
  return new Uint8Array(Buffer.from(`\ufeff序号,行动措施\n${lines.slice(1).join('\n')}`));
}

async function messageOfFailure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return messageOf(e.code, e.params);
    throw e;
  }
  throw new Error('it did not fail');
}

describe('the importer in a worker thread', { timeout: 120_000 }, () => {
  it('reads a workbook there as it would here, the caller’s bytes untouched', async () => {
    const data = sample('配档表-百日攻坚行动.xlsx');
    const sheets = await readSheetsIsolated(data, '配档表-百日攻坚行动.xlsx');
    expect(sheets[0]!.cells.length).toBeGreaterThan(50);
    expect(sheets[0]!.hiddenCols).toBeInstanceOf(Set);
    expect(data.length).toBe(readFileSync(samplePath('配档表-百日攻坚行动.xlsx')).length);
  });

  it('stops a file past the deadline and says so in Chinese', async () => {
    const text = await messageOfFailure(
      readSheetsIsolated(sample('配档表-百日攻坚行动.xlsx'), '慢.xlsx', { deadlineMs: 1, heapMb: 256 }),
    );
    expect(text).toBe(
      '「慢.xlsx」读取用了超过 0.001 秒，已停止读取，没有导入。文件可能已损坏或是特意构造的；请确认文件来源，或请发送单位在 Excel、WPS 中另存后重新发送。程序的其他功能不受影响。',
    );
  });

  it('stops a file that needs more than its heap and says so in Chinese', async () => {
    const text = await messageOfFailure(readSheetsIsolated(bigCsv(), '大.csv', { deadlineMs: 120_000, heapMb: 16 }));
    expect(text).toBe(
      '「大.csv」读取需要的内存超过了上限 16 MB，已停止读取，没有导入。文件可能已损坏或是特意构造的；请确认文件来源，或请发送单位在 Excel、WPS 中另存后重新发送。程序的其他功能不受影响。',
    );
  });

  it('answers plans.list while a file is being read', async () => {
    const { host } = startTempHost();
    let imported = false;
    const reading = host
      .invoke('import.open', { fileName: '大.csv', data: Buffer.from(bigCsv()).toString('base64') })
      .then((reply) => {
        imported = true;
        return reply;
      });
    // Past one turn of the event loop: a reading on the host's own thread would have finished before this runs.
    await new Promise((resolve) => setImmediate(resolve));
    const list = await host.invoke('plans.list', {});
    expect(list.ok).toBe(true);
    expect(imported).toBe(false);
    const reply = await reading;
    expect(reply.ok).toBe(true);
  });
});
