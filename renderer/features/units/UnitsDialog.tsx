// 单位名录: the office's 处室/科室 and subordinate units, their short and other names, their leaders.
import { Modal } from '../../app/Modal';
import { useState } from 'react';
import { Dialog } from '../../app/Dialog';
import { UNIT_KIND_NAMES, type Unit, type UnitDraft, type UnitKind } from '../../../shared/domain/unit-directory';
import type { Units } from './use-units';

const blank: UnitDraft = { name: '', shortName: '', aliases: [], kind: 'office', leader: '', contact: '', phone: '' };

function UnitForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: UnitDraft;
  onSave: (u: UnitDraft) => void;
  onCancel: () => void;
}) {
  const [u, setU] = useState(initial);
  const [aliases, setAliases] = useState(initial.aliases.join('、'));
  return (
    <tr
      className="pd-unit-form"
      onKeyDown={(e) => {
        // Esc in the row being edited leaves the row as it was (the dialog stays open); Enter saves it.
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && u.name.trim() !== '') {
          e.preventDefault();
          onSave({ ...u, aliases: aliases.split(/[、，,\s]+/).filter(Boolean) });
        }
      }}
    >
      <td>
        <input aria-label="单位名称" value={u.name} onChange={(e) => setU({ ...u, name: e.target.value })} />
      </td>
      <td>
        <input aria-label="简称" value={u.shortName} onChange={(e) => setU({ ...u, shortName: e.target.value })} />
      </td>
      <td>
        <input
          aria-label="别名"
          placeholder="用顿号分隔"
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
        />
      </td>
      <td>
        <select aria-label="单位类型" value={u.kind} onChange={(e) => setU({ ...u, kind: e.target.value as UnitKind })}>
          {(Object.keys(UNIT_KIND_NAMES) as UnitKind[]).map((k) => (
            <option key={k} value={k}>
              {UNIT_KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input aria-label="分管领导" value={u.leader} onChange={(e) => setU({ ...u, leader: e.target.value })} />
      </td>
      <td>
        <input aria-label="联系人" value={u.contact} onChange={(e) => setU({ ...u, contact: e.target.value })} />
      </td>
      <td>
        <input aria-label="电话" value={u.phone} onChange={(e) => setU({ ...u, phone: e.target.value })} />
      </td>
      <td>
        <button
          type="button"
          className="pd-primary"
          disabled={u.name.trim() === ''}
          onClick={() => onSave({ ...u, aliases: aliases.split(/[、，,\s]+/).filter(Boolean) })}
        >
          确定
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </td>
    </tr>
  );
}

/** 并入…: this unit becomes an other name of the one picked (one unit, one name); Ctrl+Z takes it back. */
function MergeInto({ unit, all, onMerge }: { unit: Unit; all: readonly Unit[]; onMerge: (intoId: string) => void }) {
  return (
    <select aria-label={`把「${unit.name}」并入`} value="" onChange={(e) => e.target.value && onMerge(e.target.value)}>
      <option value="">并入…</option>
      {all
        .filter((o) => o.id !== unit.id && o.kind === unit.kind)
        .map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
    </select>
  );
}

export function UnitsDialog({ units, onClose }: { units: Units; onClose: () => void }) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const save = async (u: UnitDraft) => {
    if (await units.save(u)) setEditing(null);
  };
  return (
    <>
      <Modal label="单位名录" className="pd-units" initialFocus="dialog" onClose={onClose}>
        <h2>单位名录（{units.units.length}）</h2>
        <p className="pd-muted">
          牵头/配合单位列按名录补全；导入的表格中名录没有的单位会提示加入。别名（如
          医政医管处）视为同一单位；同一单位录成了两个，用「并入…」合并。
        </p>
        <div className="pd-units-table">
          <table aria-label="单位">
            <thead>
              <tr>
                <th>名称</th>
                <th>简称</th>
                <th>别名</th>
                <th>类型</th>
                <th>分管领导</th>
                <th>联系人</th>
                <th>电话</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {editing === 'new' && <UnitForm initial={blank} onSave={save} onCancel={() => setEditing(null)} />}
              {units.units.map((u) =>
                editing === u.id ? (
                  <UnitForm key={u.id} initial={u} onSave={save} onCancel={() => setEditing(null)} />
                ) : (
                  <tr key={u.id}>
                    <td>{u.name}</td>
                    <td>{u.shortName}</td>
                    <td>{u.aliases.join('、')}</td>
                    <td>{UNIT_KIND_NAMES[u.kind]}</td>
                    <td>{u.leader}</td>
                    <td>{u.contact}</td>
                    <td>{u.phone}</td>
                    <td>
                      <button type="button" aria-label={`修改「${u.name}」`} onClick={() => setEditing(u.id)}>
                        修改
                      </button>
                      <button type="button" aria-label={`删除「${u.name}」`} onClick={() => setDeleting(u)}>
                        删除
                      </button>
                      <MergeInto unit={u} all={units.units} onMerge={(intoId) => void units.merge(u.id, intoId)} />
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
        <div className="pd-dialog-buttons">
          <button type="button" onClick={() => setEditing('new')} disabled={editing !== null}>
            ＋ 新增单位
          </button>
          <button type="button" className="pd-primary" onClick={onClose}>
            关闭
          </button>
        </div>
      </Modal>
      {deleting && (
        <Dialog
          title="删除单位"
          confirmLabel="删除"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            const u = deleting;
            setDeleting(null);
            await units.remove(u.id);
          }}
        >
          <p>从名录中删除「{deleting.name}」吗？</p>
          <p className="pd-muted">表格里已填写的单位名称不会改变。</p>
        </Dialog>
      )}
    </>
  );
}
