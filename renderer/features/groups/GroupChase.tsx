// 催报 per group: for each contact group, one text to its 组长 naming the group's units that still owe their file,
// each with its own 复制 button.
import { chaseTextsByGroup } from '../../../shared/domain/unit-groups';
import type { Unit } from '../../../shared/domain/unit-directory';
import { useGroupList } from './use-groups';

export interface GroupChaseProps {
  title: string;
  /** The due date as the chase text says it (2026年11月3日). */
  due: string;
  owing: readonly string[];
  directory: readonly Unit[];
  /** The units the board shows now (its 分组 filter); all when absent. */
  shows?: (unit: string) => boolean;
  onError: (t: string) => void;
}

export function GroupChase({ title, due, owing, directory, shows, onError }: GroupChaseProps) {
  const groups = useGroupList(onError).data ?? [];
  const shown = shows ? owing.filter(shows) : owing;
  if (!groups.some((g) => g.kind === 'contact') || shown.length === 0) return null;
  const texts = chaseTextsByGroup(title, due, shown, groups, directory);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      onError('无法写入剪贴板，请选中文字后按 Ctrl+C 复制。');
    }
  };
  return (
    <div className="pd-chase" aria-label="按联系分组催报" role="region">
      <h4>按联系分组催报（{texts.length} 组）</h4>
      {texts.map((t) => (
        <div key={t.group} className="pd-chase-group" data-group={t.group}>
          <h5>
            {t.group}
            <button
              type="button"
              className="pd-link"
              aria-label={`复制${t.group}的催报文字`}
              onClick={() => void copy(t.text)}
            >
              复制
            </button>
          </h5>
          <textarea aria-label={`${t.group}催报`} readOnly rows={2} value={t.text} />
        </div>
      ))}
    </div>
  );
}
