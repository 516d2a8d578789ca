// 新建填报任务: what is asked (进展 for a period, or a new table), of which units, by when.
import { useMemo, useState } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import { currentPeriod, periodName, periodsOf } from '../../../shared/domain/progress';
import {
  candidateUnits,
  FIELDS,
  FieldKey,
  roundTitleOf,
  type RoundMode,
  type RoundScope,
} from '../../../shared/domain/round';
import { localToday } from '../../../shared/domain/due-status';
import type { Unit } from '../../../shared/domain/unit-directory';
import { createRound } from './use-rounds';
import type { Output } from '../../../shared/api';
import { dueDateOf, type RoundAsks } from '../../../shared/domain/recurrence';
import { firstPeriod, RecurrenceFields, type Repeat } from '../recurring/RecurrenceFields';
import { defaultSheet, SheetFields } from '../export/SheetFields';

export interface RoundFormProps {
  plan: Plan;
  rows: readonly Row[];
  directory: readonly Unit[];
  onCreated: (round: Output<'rounds.create'>) => void;
  onCancel: () => void;
  onError: (t: string) => void;
}

const SCOPES: { value: RoundScope; label: string }[] = [
  { value: 'lead', label: '本单位牵头的事项' },
  { value: 'involved', label: '本单位牵头或配合的事项' },
  { value: 'all', label: '全部事项' },
];

function inTwoWeeks(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 14);
  return d.toISOString().slice(0, 10);
}

export function RoundForm({ plan, rows, directory, onCreated, onCancel, onError }: RoundFormProps) {
  const today = localToday(new Date());
  const periods = periodsOf(plan.year, plan.cadence);
  const [mode, setMode] = useState<RoundMode>(plan.kind === 'breakthrough' ? 'table' : 'progress');
  const [period, setPeriod] = useState(currentPeriod(plan, plan.cadence, today));
  const [title, setTitle] = useState('');
  const [fields, setFields] = useState<FieldKey[]>(['status', 'progress', 'problems', 'nextSteps']);
  const [required, setRequired] = useState<FieldKey[]>(['status', 'progress']);
  const [scope, setScope] = useState<RoundScope>('lead');
  const { inPlan, others } = useMemo(() => candidateUnits(plan, rows, directory), [plan, rows, directory]);
  const [units, setUnits] = useState<string[]>([]);
  const [extra, setExtra] = useState('');
  const [dueDate, setDueDate] = useState(inTwoWeeks(today));
  const [instructions, setInstructions] = useState('');
  const [busy, setBusy] = useState(false);
  // 备案 asks each unit for a file of any kind; a round may repeat every month or quarter.
  const [asks, setAsks] = useState<RoundAsks>('rows');
  const [repeat, setRepeat] = useState<Repeat>({
    recurrence: 'none',
    dueDay: 3,
    period: firstPeriod('monthly', today),
  });
  const repeating = repeat.recurrence !== 'none';
  const firstOf = mode === 'progress' && asks === 'rows' ? period : repeat.period;
  const shownTitle = title.trim() || defaultTitle();
  function defaultTitle(): string {
    if (asks === 'file') return repeating ? `${periodName(firstOf)}工作开展情况` : `${plan.title}实施方案备案`;
    return mode === 'progress'
      ? roundTitleOf(plan, mode, period)
      : `${plan.title}${repeating ? periodName(firstOf) : ''}填报`;
  }
  const [sheet, setSheet] = useState(() => defaultSheet(plan));
  const typed = extra
    .split(/[\n、，,；;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const allUnits = [...units, ...typed.filter((t) => !units.includes(t))];
  const toggle = <T,>(list: T[], v: T, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v));
  const problem =
    allUnits.length === 0
      ? '请选择至少一个单位'
      : mode === 'progress' && fields.length === 0
        ? '请选择至少一项填报内容'
        : dueDate === ''
          ? '请填写报送截止日期'
          : null;

  const submit = async () => {
    if (problem || busy) return;
    setBusy(true);
    const round = await createRound(
      {
        planId: plan.id,
        title: shownTitle,
        mode,
        period: mode === 'progress' || repeating ? firstOf : null,
        asks,
        ...(repeating ? { recurrence: repeat.recurrence, dueDay: repeat.dueDay } : {}),
        fields: mode === 'progress' ? fields : [],
        required: mode === 'progress' ? required.filter((k) => fields.includes(k)) : [],
        scope,
        units: allUnits,
        dueDate: repeating ? dueDateOf(firstOf, repeat.dueDay) : dueDate,
        instructions: asks === 'file' ? '' : instructions,
        ...(mode === 'progress' ? { sheet } : {}),
      },
      onError,
    );
    setBusy(false);
    if (round) onCreated(round);
  };

  const unitBox = (name: string) => (
    <label key={name} className="pd-inline pd-round-unit">
      <input
        type="checkbox"
        checked={units.includes(name)}
        onChange={(e) => setUnits((u) => toggle(u, name, e.target.checked))}
      />
      {name}
    </label>
  );

  return (
    <form className="pd-round-form" aria-label="新建填报任务" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <fieldset>
        <legend>要求填报</legend>
        <label className="pd-inline">
          <input
            type="radio"
            name="mode"
            checked={mode === 'progress' && asks === 'rows'}
            onChange={() => (setMode('progress'), setAsks('rows'))}
          />
          各单位填报事项进展
        </label>
        <label className="pd-inline">
          <input
            type="radio"
            name="mode"
            checked={mode === 'table' && asks === 'rows'}
            onChange={() => (setMode('table'), setAsks('rows'))}
          />
          各单位按本表样式填报新表（如突破事项）
        </label>
        <label className="pd-inline">
          <input
            type="radio"
            name="mode"
            checked={asks === 'file'}
            onChange={() => (setMode('table'), setAsks('file'))}
          />
          各单位报送文件（备案，如实施方案、月度工作情况，Word、PDF 等均可）
        </label>
      </fieldset>
      <RecurrenceFields
        value={repeat}
        onChange={setRepeat}
        today={today}
        {...(mode === 'progress' && asks === 'rows'
          ? { only: plan.cadence === 'month' ? ('monthly' as const) : ('quarterly' as const), period }
          : {})}
      />
      {mode === 'progress' && asks === 'rows' && (
        <>
          <label>
            期间
            <select aria-label="填报期间" value={period} onChange={(e) => setPeriod(e.target.value)}>
              {periods.map((p) => (
                <option key={p} value={p}>
                  {periodName(p)}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>填报内容（勾选“必填”的不能空着）</legend>
            {FieldKey.options.map((k) => (
              <span key={k} className="pd-inline pd-round-field">
                <label className="pd-inline">
                  <input
                    type="checkbox"
                    checked={fields.includes(k)}
                    onChange={(e) => setFields((f) => toggle(f, k, e.target.checked))}
                  />
                  {FIELDS[k].label}
                </label>
                <label className="pd-inline pd-muted">
                  <input
                    type="checkbox"
                    aria-label={`${FIELDS[k].label}必填`}
                    disabled={!fields.includes(k)}
                    checked={required.includes(k) && fields.includes(k)}
                    onChange={(e) => setRequired((r) => toggle(r, k, e.target.checked))}
                  />
                  必填
                </label>
              </span>
            ))}
          </fieldset>
          <label>
            每个单位填报
            <select aria-label="填报范围" value={scope} onChange={(e) => setScope(e.target.value as RoundScope)}>
              {SCOPES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <SheetFields plan={plan} value={sheet} onChange={setSheet} />
        </>
      )}
      <fieldset className="pd-round-units">
        <legend>
          填报单位（已选 {allUnits.length} 个）
          <button type="button" className="pd-link" onClick={() => setUnits(inPlan)}>
            全选表中单位
          </button>
          <button type="button" className="pd-link" onClick={() => setUnits([])}>
            清空
          </button>
        </legend>
        {inPlan.length > 0 && <div className="pd-round-unit-group">{inPlan.map(unitBox)}</div>}
        {others.length > 0 && <div className="pd-round-unit-group pd-muted">{others.map(unitBox)}</div>}
        <label>
          其他单位（用顿号或换行分隔）
          <textarea aria-label="其他单位" rows={2} value={extra} onChange={(e) => setExtra(e.target.value)} />
        </label>
      </fieldset>
      <label>
        任务名称
        <input
          aria-label="任务名称"
          placeholder={shownTitle}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      {!repeating && (
        <label>
          报送截止日期
          <input type="date" aria-label="报送截止日期" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
      )}
      {asks !== 'file' && (
        // A 备案 round sends no fill-in sheet: there is nowhere to print it.
        <label>
          补充说明（印在填报表的说明里）
          <textarea
            aria-label="补充说明"
            rows={2}
            value={instructions}
            onChange={(e) => setInstructions(e.target.value)}
          />
        </label>
      )}
      <div className="pd-dialog-buttons">
        {problem && <span className="pd-muted">{problem}</span>}
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="submit" className="pd-primary" disabled={problem !== null || busy}>
          创建填报任务
        </button>
      </div>
    </form>
  );
}
