// 备份与恢复: backups made daily, before imports and upgrades, or now; restore one after confirming.
import { FileButton } from '../../app/FileButton';
import { Modal } from '../../app/Modal';
import { useState } from 'react';
import { Dialog } from '../../app/Dialog';
import type { BackupInfo } from '../../../shared/api';
import { useBackups } from './use-backups';
import { lastPlace } from '../../app/last-place';

const REASONS: Record<BackupInfo['reason'], string> = {
  daily: '每日自动',
  import: '导入前',
  upgrade: '升级前',
  manual: '手动',
  restore: '恢复前',
};

function size(n: number): string {
  return n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function BackupDialog({ onError, onClose }: { onError: (t: string) => void; onClose: () => void }) {
  const b = useBackups(onError, (what) => {
    // The page reloads on the restored data, at the plan the clerk was in, and says what was done.
    // It names the backup as the list showed it (its time, or the file chosen), not the file name in the folder.
    lastPlace.leaveNotice(`已从「${what}」的备份恢复数据。恢复前的数据已另存为备份，可随时恢复回来。`);
    window.location.reload();
  });
  const [confirm, setConfirm] = useState<{ name?: string; file?: File; label: string } | null>(null);
  return (
    <>
      <Modal label="备份与恢复" className="pd-backups" initialFocus="dialog" onClose={onClose}>
        <h2>备份与恢复</h2>
        <p className="pd-muted">
          程序每天、每次导入前、每次升级前自动备份，保留最近 30 份。备份文件夹：<code>{b.folder}</code>
        </p>
        <div className="pd-backup-list">
          <table aria-label="备份">
            <thead>
              <tr>
                <th>时间</th>
                <th>类型</th>
                <th>大小</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {b.backups.map((x) => (
                <tr key={x.name}>
                  <td>{new Date(x.at).toLocaleString('zh-CN', { hour12: false })}</td>
                  <td>{REASONS[x.reason]}</td>
                  <td>{size(x.size)}</td>
                  <td>
                    <button
                      type="button"
                      disabled={b.busy}
                      onClick={() =>
                        setConfirm({ name: x.name, label: new Date(x.at).toLocaleString('zh-CN', { hour12: false }) })
                      }
                    >
                      恢复
                    </button>
                  </td>
                </tr>
              ))}
              {b.backups.length === 0 && (
                <tr>
                  <td colSpan={4} className="pd-muted">
                    还没有备份。
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <div className="pd-dialog-buttons">
          <FileButton
            inputLabel="选择备份文件"
            accept=".db,.sqlite"
            onFiles={([f]) => setConfirm({ file: f!, label: f!.name })}
          >
            从文件恢复…
          </FileButton>
          <button type="button" disabled={b.busy} onClick={() => void b.backupNow()}>
            立即备份
          </button>
          <button type="button" className="pd-primary" onClick={onClose}>
            关闭
          </button>
        </div>
      </Modal>
      {confirm && (
        <Dialog
          title="恢复备份"
          confirmLabel="恢复"
          danger
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const c = confirm;
            setConfirm(null);
            void (c.file ? b.restoreFile(c.file) : b.restore(c.name!, c.label));
          }}
        >
          <p>用「{confirm.label}」的备份替换现在的全部数据吗？</p>
          <p className="pd-muted">恢复前会先把现在的数据另做一份备份，需要时可以再恢复回来。</p>
        </Dialog>
      )}
    </>
  );
}
