// 联系分组与专项工作组: the groups of the 单位名录, read from a notice's 附件 lists (pasted, or a .txt file), shown
// with their 组长, 副组长, 联系单位 or 责任科室.
import { useState } from 'react';
import { GROUP_KIND_NAMES, GroupKind, type UnitGroup } from '../../../shared/domain/unit-groups';
import { errorText, invoke } from '../../app/api-client';
import { FileButton } from '../../app/FileButton';
import { Modal } from '../../app/Modal';
import { useGroups } from './GroupChase';

export interface GroupsDialogProps {
  onError: (t: string) => void;
  onNotice: (t: string) => void;
  onClose: () => void;
}

export function GroupsDialog({ onError, onNotice, onClose }: GroupsDialogProps) {
  const groups = useGroups(onError);
  const [text, setText] = useState('');
  const read = async (t: string, source: string) => {
    const out = await groups.attempt(() => invoke('groups.importText', { text: t, source }));
    if (out) {
      setText('');
      onNotice(
        `已读入 ${out.filter((g) => g.kind === 'contact').length} 个联系分组、${out.filter((g) => g.kind === 'work').length} 个专项工作组。`,
      );
    }
  };
  const readFile = async (files: File[]) => {
    const f = files[0];
    if (!f) return;
    try {
      await read(new TextDecoder('utf-8').decode(await f.arrayBuffer()), f.name);
    } catch (e) {
      onError(errorText(e));
    }
  };
  return (
    <Modal label="联系分组" className="pd-groups" escapes={(target) => target.tagName !== 'TEXTAREA'} onClose={onClose}>
      <h2>
        联系分组与专项工作组
        <button type="button" className="pd-close" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      </h2>
      <label>
        把通知附件中的名单粘贴到这里（如“第一组：组长：… 副组长：… 联系单位：…、…”，“一、中医药管理组
        组长：…，责任科室：…”）
        <textarea aria-label="分组名单" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="pd-round-actions">
        <button type="button" className="pd-primary" disabled={text.trim() === ''} onClick={() => void read(text, '')}>
          读取名单
        </button>
        <FileButton inputLabel="选择名单文本文件" accept=".txt" onFiles={(f) => void readFile(f)}>
          从文本文件读取…
        </FileButton>
        <span className="pd-muted">读取后，同一类分组按新名单替换。</span>
      </div>
      {GroupKind.options.map((kind) => (
        <GroupTable
          key={kind}
          kind={kind}
          groups={(groups.data ?? []).filter((g) => g.kind === kind)}
          onDelete={(id) => void groups.attempt(() => invoke('groups.delete', { id }))}
        />
      ))}
    </Modal>
  );
}

function GroupTable({
  kind,
  groups,
  onDelete,
}: {
  kind: GroupKind;
  groups: UnitGroup[];
  onDelete: (id: string) => void;
}) {
  if (groups.length === 0) return null;
  return (
    <table className="pd-round-table" aria-label={GROUP_KIND_NAMES[kind]}>
      <caption>
        {GROUP_KIND_NAMES[kind]}（{groups.length} 个）
      </caption>
      <thead>
        <tr>
          <th>分组</th>
          <th>组长</th>
          <th>副组长</th>
          <th>{kind === 'contact' ? '联系单位' : '责任科室'}</th>
          {kind === 'work' && <th>职责</th>}
          <th />
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.id} data-group={g.name}>
            <td>{g.name}</td>
            <td>{g.leader}</td>
            <td>{g.deputy}</td>
            <td>{(kind === 'contact' ? g.units : g.offices).join('、')}</td>
            {kind === 'work' && <td className="pd-muted">{g.duty}</td>}
            <td>
              <button type="button" className="pd-link" onClick={() => onDelete(g.id)}>
                删除
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
