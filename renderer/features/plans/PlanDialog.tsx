// The form for a new plan or for a plan's particulars: title, kind, 发文单位, 文号, year, 附件 label.
import { useState } from 'react';
import type { PlanKind, PlanMeta } from '../../../shared/domain/plan';
import { TEMPLATES } from '../../../shared/templates/kinds';
import { Dialog } from '../../app/Dialog';

export type PlanForm = PlanMeta & { kind: PlanKind };

export function PlanDialog({
  initial,
  creating,
  onSubmit,
  onCancel,
}: {
  initial: PlanForm;
  creating: boolean;
  onSubmit: (form: PlanForm) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState(initial);
  const set = <K extends keyof PlanForm>(k: K, v: PlanForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const titleOk = form.title.trim() !== '';
  const yearOk = Number.isInteger(form.year) && form.year >= 2000 && form.year <= 2100;
  return (
    <Dialog
      title={creating ? '新建方案' : '方案信息'}
      confirmLabel={creating ? '新建' : '保存'}
      confirmDisabled={!titleOk || !yearOk}
      onConfirm={() => onSubmit({ ...form, title: form.title.trim() })}
      onCancel={onCancel}
    >
      <label className="pd-field">
        <span>标题</span>
        <input aria-label="标题" value={form.title} onChange={(e) => set('title', e.target.value)} maxLength={200} />
        {!titleOk && <em className="pd-field-hint">请填写标题</em>}
      </label>
      {creating && (
        <label className="pd-field">
          <span>表格类型</span>
          <select aria-label="表格类型" value={form.kind} onChange={(e) => set('kind', e.target.value as PlanKind)}>
            {Object.values(TEMPLATES).map((t) => (
              <option key={t.kind} value={t.kind}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="pd-field">
        <span>发文单位</span>
        <input
          aria-label="发文单位"
          value={form.issuer}
          onChange={(e) => set('issuer', e.target.value)}
          maxLength={100}
          placeholder="如：某某县卫生健康局"
        />
      </label>
      <label className="pd-field">
        <span>文号</span>
        <input
          aria-label="文号"
          value={form.docNo}
          onChange={(e) => set('docNo', e.target.value)}
          maxLength={100}
          placeholder="如：某卫发〔2026〕1号"
        />
      </label>
      <label className="pd-field">
        <span>年度</span>
        <input
          aria-label="年度"
          type="number"
          value={Number.isNaN(form.year) ? '' : form.year}
          onChange={(e) => set('year', Number.parseInt(e.target.value, 10))}
        />
        {!yearOk && <em className="pd-field-hint">年度应为 2000 至 2100 之间的整数</em>}
      </label>
      <label className="pd-field">
        <span>序号编排</span>
        <select
          aria-label="序号编排"
          value={form.numbering}
          onChange={(e) => set('numbering', e.target.value === 'per-section' ? 'per-section' : 'continuous')}
        >
          <option value="continuous">全表连续编号</option>
          <option value="per-section">每个分组重新编号</option>
        </select>
      </label>
      <label className="pd-field">
        <span>进展填报</span>
        <select
          aria-label="进展填报周期"
          value={form.cadence}
          onChange={(e) => set('cadence', e.target.value === 'month' ? 'month' : 'quarter')}
        >
          <option value="quarter">按季度</option>
          <option value="month">按月（如每月3日前报上月进展）</option>
        </select>
      </label>
      <label className="pd-field">
        <span>附件标注</span>
        <input
          aria-label="附件标注"
          value={form.attachmentLabel}
          onChange={(e) => set('attachmentLabel', e.target.value)}
          maxLength={20}
          placeholder="如：附件1（可不填）"
        />
      </label>
    </Dialog>
  );
}
