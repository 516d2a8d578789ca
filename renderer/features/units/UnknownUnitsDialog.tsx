// After an import: the unit names the directory does not know, offered for adding.
import { useState } from 'react';
import { Dialog } from '../../app/Dialog';
import { UNIT_KIND_NAMES, type UnitKind } from '../../../shared/domain/unit-directory';

export function UnknownUnitsDialog({
  names,
  onAdd,
  onClose,
}: {
  names: string[];
  onAdd: (names: string[], kind: UnitKind) => void;
  onClose: () => void;
}) {
  const [picked, setPicked] = useState<string[]>(names);
  const [kind, setKind] = useState<UnitKind>('subordinate');
  return (
    <Dialog
      title="名录中没有的单位"
      confirmLabel={`加入名录（${picked.length}）`}
      confirmDisabled={picked.length === 0}
      onConfirm={() => onAdd(picked, kind)}
      onCancel={onClose}
    >
      <p>导入的表格中有 {names.length} 个单位不在单位名录中。勾选要加入名录的单位：</p>
      <ul className="pd-unknown-units">
        {names.map((n) => (
          <li key={n}>
            <label className="pd-inline">
              <input
                type="checkbox"
                checked={picked.includes(n)}
                onChange={(e) => setPicked((p) => (e.target.checked ? [...p, n] : p.filter((x) => x !== n)))}
              />
              {n}
            </label>
          </li>
        ))}
      </ul>
      <label className="pd-inline">
        作为
        <select aria-label="加入为" value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
          {(Object.keys(UNIT_KIND_NAMES) as UnitKind[]).map((k) => (
            <option key={k} value={k}>
              {UNIT_KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
