// 联系分组与专项工作组: the groups of the 单位名录. Read from a notice's 附件 lists (pasted, a .txt, or the notice's
// Word document) and previewed before they are kept; added, changed and deleted one by one, each undoable.
import { useState } from 'react';
import { GroupKind, type UnitGroup, type UnitGroupDraft } from '../../../shared/domain/unit-groups';
import type { Unit } from '../../../shared/domain/unit-directory';
import { FileButton } from '../../app/FileButton';
import { Modal } from '../../app/Modal';
import { GroupForm } from './GroupForm';
import { GroupPreview } from './GroupPreview';
import { GroupTable } from './GroupTable';
import { useGroups, type GroupsPreview } from './use-groups';

export interface GroupsDialogProps {
  /** The plan open on screen: each change is an action of its history. */
  planId?: string | null;
  directory?: readonly Unit[];
  onError: (t: string) => void;
  onNotice: (t: string) => void;
  onClose: () => void;
}

const EMPTY: Record<GroupKind, UnitGroupDraft> = {
  contact: { kind: 'contact', name: '', leader: '', deputy: '', units: [], offices: [], duty: '' },
  work: { kind: 'work', name: '', leader: '', deputy: '', units: [], offices: [], duty: '' },
};

export function GroupsDialog({ planId = null, directory = [], onError, onNotice, onClose }: GroupsDialogProps) {
  const g = useGroups(onError, onNotice, planId);
  const [text, setText] = useState('');
  const [read, setRead] = useState<{ preview: GroupsPreview; source: string } | null>(null);
  const [editing, setEditing] = useState<(UnitGroupDraft & { id?: string }) | null>(null);
  const readList = async (source: { text: string } | { file: File }) => {
    const preview = await g.preview(source);
    if (preview) setRead({ preview, source: 'file' in source ? source.file.name : '' });
  };
  const keep = async () => {
    if (read && (await g.replace(read.preview.groups))) {
      setRead(null);
      setText('');
    }
  };
  const save = async (group: UnitGroupDraft & { id?: string }) => {
    if (await g.save(group)) setEditing(null);
  };
  return (
    <Modal label="联系分组" className="pd-groups" escapes={(target) => target.tagName !== 'TEXTAREA'} onClose={onClose}>
      <h2>
        联系分组与专项工作组
        <button type="button" className="pd-close" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      </h2>
      {read ? (
        <GroupPreview
          preview={read.preview}
          source={read.source}
          onKeep={() => void keep()}
          onCancel={() => setRead(null)}
        />
      ) : (
        <>
          <label>
            把通知附件中的名单粘贴到这里（如“第一组：组长：… 副组长：… 联系单位：…、…”，“一、中医药管理组
            组长：…，责任科室：…”），或选择通知的 Word 文档
            <textarea aria-label="分组名单" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="pd-round-actions">
            <button type="button" disabled={text.trim() === ''} onClick={() => void readList({ text })}>
              读取名单
            </button>
            <FileButton
              inputLabel="选择通知文件"
              accept=".docx,.txt"
              onFiles={(f) => f[0] && void readList({ file: f[0] })}
            >
              从通知文件读取（.docx / .txt）…
            </FileButton>
            <span className="pd-muted">读取后先预览，确认后同一类分组按新名单替换。</span>
          </div>
          <div className="pd-round-actions">
            <button type="button" onClick={() => setEditing(EMPTY.contact)}>
              新增联系分组
            </button>
            <button type="button" onClick={() => setEditing(EMPTY.work)}>
              新增专项工作组
            </button>
          </div>
          {editing && (
            <GroupForm
              key={editing.id ?? editing.kind}
              draft={editing}
              directory={directory}
              onSave={(x) => void save(x)}
              onCancel={() => setEditing(null)}
            />
          )}
          {GroupKind.options.map((kind) => (
            <GroupTable<UnitGroup>
              key={kind}
              kind={kind}
              groups={g.groups.filter((x) => x.kind === kind)}
              onEdit={setEditing}
              onDelete={(x) => void g.remove(x)}
            />
          ))}
        </>
      )}
    </Modal>
  );
}
