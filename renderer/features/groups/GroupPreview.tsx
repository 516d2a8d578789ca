// The groups a list would keep, shown before anything is written: each with its leaders and units, the names the
// 单位名录 does not know, and the groups it replaces; 确认导入 keeps them, 取消 leaves everything as it was.
import type { GroupsPreview } from './use-groups';
import { GroupTable } from './GroupTable';
import { GroupKind } from '../../../shared/domain/unit-groups';

export interface GroupPreviewProps {
  preview: GroupsPreview;
  source: string;
  onKeep: () => void;
  onCancel: () => void;
}

export function GroupPreview({ preview, source, onKeep, onCancel }: GroupPreviewProps) {
  return (
    <section className="pd-group-preview" aria-label="分组名单预览">
      <h3>
        {source ? `「${source}」中` : '粘贴的名单中'}读到 {preview.groups.length} 个分组（尚未保存）
      </h3>
      {preview.replaced.length > 0 && (
        <p className="pd-problem-warning">
          导入后将替换现有的 {preview.replaced.length} 个分组：{preview.replaced.join('、')}。
        </p>
      )}
      {preview.unknownUnits.length > 0 && (
        <p className="pd-muted">
          单位名录中还没有：{preview.unknownUnits.join('、')}（可以在“单位名录”中添加或作为别名）。
        </p>
      )}
      {GroupKind.options.map((kind) => (
        <GroupTable key={kind} kind={kind} groups={preview.groups.filter((g) => g.kind === kind)} />
      ))}
      <div className="pd-round-actions pd-dialog-buttons">
        <button type="button" className="pd-primary" onClick={onKeep}>
          确认导入
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </section>
  );
}
