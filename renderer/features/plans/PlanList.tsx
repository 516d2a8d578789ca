// The sidebar of plans on the left: select, create, edit particulars, duplicate, delete (to the trash), restore.
import { IMPORT_ACCEPT } from '../../../shared/xlsx/file-kind';
import { FileButton, type FileButtonHandle } from '../../app/FileButton';
import { useRef, useState } from 'react';
import type { PlanSummary } from '../../../shared/domain/plan';
import { Dialog } from '../../app/Dialog';
import { PlanDialog, type PlanForm } from './PlanDialog';
import type { Plans } from './use-plans';
import { useCommand } from '../../app/commands';
import { matchesPlan } from './plan-search';
import { PlanOptions, type PlanOptionsHandle } from './PlanOptions';

type Editing = { mode: 'create' } | { mode: 'edit'; plan: PlanSummary } | { mode: 'delete'; plan: PlanSummary } | null;

export interface PlanListProps {
  plans: Plans;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onImport: (file: File) => void;
  onUnits: () => void;
  onBackups: () => void;
  /** 测评排名 and 联系分组 (seed 004's monthly cycle). */
  onScores?: () => void;
  onGroups?: () => void;
}

export function PlanList({
  plans,
  selectedId,
  onSelect,
  onImport,
  onUnits,
  onBackups,
  onScores,
  onGroups,
}: PlanListProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [showTrash, setShowTrash] = useState(false);
  const [query, setQuery] = useState('');
  const shown = plans.plans?.filter((p) => matchesPlan(p, query));
  const fileInput = useRef<FileButtonHandle>(null);
  const options = useRef<PlanOptionsHandle>(null);
  useCommand('plan.new', () => setEditing({ mode: 'create' }));
  useCommand('file.import', () => fileInput.current?.open());
  const selected = plans.plans?.find((p) => p.id === selectedId);
  const blank: PlanForm = {
    title: '',
    kind: 'peidang',
    issuer: '',
    docNo: '',
    year: new Date().getFullYear(),
    attachmentLabel: '',
    numbering: 'continuous',
    cadence: 'quarter',
  };

  return (
    <nav className="pd-sidebar" aria-label="方案列表">
      <div className="pd-sidebar-head">
        <span className="pd-app-name">配档助手</span>
        <span className="pd-sidebar-buttons">
          <FileButton
            ref={fileInput}
            inputLabel="选择要导入的文件"
            accept={IMPORT_ACCEPT}
            title="导入 Excel、Word（其中的表格）或 CSV 文件（Ctrl+O，也可以把文件拖到窗口里）"
            onFiles={(files) => onImport(files[0]!)}
          >
            导入 Excel
          </FileButton>
          <button
            type="button"
            className="pd-primary"
            onClick={() => setEditing({ mode: 'create' })}
            title="新建方案（Ctrl+N）"
          >
            ＋ 新建
          </button>
        </span>
      </div>
      {(plans.plans?.length ?? 0) >= SEARCH_FROM && (
        <input
          className="pd-plan-search"
          type="search"
          aria-label="搜索方案"
          placeholder="搜索方案（标题、发文单位、文号、年度）"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <PlanOptions
        ref={options}
        plans={shown ?? []}
        selectedId={selectedId}
        onOpen={onSelect}
        onRename={(plan) => setEditing({ mode: 'edit', plan })}
        onDelete={(plan) => setEditing({ mode: 'delete', plan })}
      />
      {plans.plans?.length === 0 && <p className="pd-empty">还没有方案。点击「＋ 新建」开始。</p>}
      {plans.plans && plans.plans.length > 0 && shown?.length === 0 && (
        <p className="pd-empty">没有标题、发文单位、文号或年度含「{query.trim()}」的方案。</p>
      )}
      <div className="pd-sidebar-actions">
        <button
          type="button"
          disabled={!selected}
          onClick={() => selected && setEditing({ mode: 'edit', plan: selected })}
        >
          重命名/信息
        </button>
        <button
          type="button"
          disabled={!selected}
          onClick={async () => {
            if (!selected) return;
            const id = await plans.duplicate(selected.id);
            if (id) onSelect(id);
          }}
        >
          复制
        </button>
        <button
          type="button"
          disabled={!selected}
          onClick={() => selected && setEditing({ mode: 'delete', plan: selected })}
        >
          删除
        </button>
      </div>
      <div className="pd-sidebar-actions">
        <button type="button" onClick={onUnits}>
          单位名录
        </button>
        {onGroups && (
          <button type="button" onClick={onGroups}>
            联系分组
          </button>
        )}
        {onScores && (
          <button type="button" onClick={onScores}>
            测评排名
          </button>
        )}
        <button type="button" onClick={onBackups}>
          备份与恢复
        </button>
      </div>
      <div className="pd-trash">
        <button type="button" className="pd-link" aria-expanded={showTrash} onClick={() => setShowTrash((s) => !s)}>
          回收站（{plans.trash.length}）
        </button>
        {showTrash && (
          <ul aria-label="回收站">
            {plans.trash.map((p) => (
              <li key={p.id}>
                <span title={p.title}>{p.title}</span>
                <button
                  type="button"
                  onClick={async () => {
                    if (await plans.restore(p.id)) onSelect(p.id);
                  }}
                >
                  恢复
                </button>
              </li>
            ))}
            {plans.trash.length === 0 && <li className="pd-empty">回收站是空的</li>}
          </ul>
        )}
      </div>
      {editing?.mode === 'create' && (
        <PlanDialog
          initial={blank}
          creating
          onCancel={() => setEditing(null)}
          onSubmit={async (form) => {
            const id = await plans.create(form);
            if (id) {
              setEditing(null);
              onSelect(id);
            }
          }}
        />
      )}
      {editing?.mode === 'edit' && (
        <PlanDialog
          initial={{ ...editing.plan }}
          creating={false}
          onCancel={() => setEditing(null)}
          onSubmit={async ({ title, issuer, docNo, year, attachmentLabel, numbering, cadence }) => {
            if (
              await plans.update(editing.plan.id, { title, issuer, docNo, year, attachmentLabel, numbering, cadence })
            )
              setEditing(null);
          }}
        />
      )}
      {editing?.mode === 'delete' && (
        <Dialog
          title="删除方案"
          confirmLabel="删除"
          danger
          onCancel={() => setEditing(null)}
          onConfirm={async () => {
            const plan = editing.plan;
            setEditing(null);
            if (!(await plans.remove(plan.id))) return;
            if (plan.id === selectedId) onSelect(null);
            options.current?.focus();
          }}
        >
          <p>确定删除「{editing.plan.title}」吗？</p>
          <p className="pd-muted">删除后方案移入回收站，可以随时恢复。</p>
        </Dialog>
      )}
    </nav>
  );
}

/** With this many plans the list gets a search field (a few years of plans, several a year). */
const SEARCH_FROM = 6;
