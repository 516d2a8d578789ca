// One group edited: its name, 组长 and 副组长, and its 联系单位 (a contact group) or 责任科室 and duty (a work group),
// names added one by one (the 单位名录's names offered) and taken off with ×.
import { useState } from 'react';
import type { UnitGroupDraft } from '../../../shared/domain/unit-groups';
import type { Unit } from '../../../shared/domain/unit-directory';

export interface GroupFormProps {
  draft: UnitGroupDraft & { id?: string };
  directory: readonly Unit[];
  onSave: (g: UnitGroupDraft & { id?: string }) => void;
  onCancel: () => void;
}

export function GroupForm({ draft, directory, onSave, onCancel }: GroupFormProps) {
  const [g, setG] = useState(draft);
  const contact = g.kind === 'contact';
  const listKey = contact ? 'units' : 'offices';
  const what = contact ? '联系单位' : '责任科室';
  return (
    <form
      className="pd-group-form"
      aria-label={g.id ? `修改分组${draft.name}` : '新增分组'}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(g);
      }}
    >
      <div className="pd-round-actions">
        <label className="pd-inline">
          名称
          <input aria-label="分组名称" required value={g.name} onChange={(e) => setG({ ...g, name: e.target.value })} />
        </label>
        <label className="pd-inline">
          组长
          <input aria-label="组长" value={g.leader} onChange={(e) => setG({ ...g, leader: e.target.value })} />
        </label>
        <label className="pd-inline">
          副组长
          <input aria-label="副组长" value={g.deputy} onChange={(e) => setG({ ...g, deputy: e.target.value })} />
        </label>
      </div>
      <NameList
        label={what}
        names={g[listKey]}
        options={
          contact ? directory.map((u) => u.name) : directory.filter((u) => u.kind === 'office').map((u) => u.name)
        }
        onChange={(names) => setG({ ...g, [listKey]: names })}
      />
      {!contact && (
        <label className="pd-inline pd-grow">
          职责
          <textarea aria-label="职责" rows={2} value={g.duty} onChange={(e) => setG({ ...g, duty: e.target.value })} />
        </label>
      )}
      <div className="pd-round-actions">
        <button type="submit" className="pd-primary" disabled={g.name.trim() === ''}>
          保存分组
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

function NameList({
  label,
  names,
  options,
  onChange,
}: {
  label: string;
  names: string[];
  options: string[];
  onChange: (names: string[]) => void;
}) {
  const [typed, setTyped] = useState('');
  const add = () => {
    const name = typed.trim();
    if (name !== '' && !names.includes(name)) onChange([...names, name]);
    setTyped('');
  };
  return (
    <div className="pd-round-actions" role="group" aria-label={label}>
      <span>{label}：</span>
      {names.map((n) => (
        <span key={n} className="pd-tag pd-name-tag">
          {n}
          <button
            type="button"
            className="pd-link"
            aria-label={`移除${n}`}
            onClick={() => onChange(names.filter((x) => x !== n))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        aria-label={`添加${label}`}
        list="pd-group-names"
        value={typed}
        placeholder={`输入${label}名称`}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          add();
        }}
      />
      <datalist id="pd-group-names">
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <button type="button" disabled={typed.trim() === ''} onClick={add}>
        添加
      </button>
    </div>
  );
}
