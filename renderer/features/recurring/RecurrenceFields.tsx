// The part of 新建填报任务 that makes a round repeat (每月 / 每季度, 次月 N 日前报上期) or ask for a file (备案).
import { periodsOf } from '../../../shared/domain/progress';
import { dueDateOf, RECURRENCE_NAMES, Recurrence } from '../../../shared/domain/recurrence';
import { dayName } from '../../../shared/domain/round';
import { PeriodOptions } from '../progress/PeriodOptions';

export interface Repeat {
  recurrence: Recurrence;
  dueDay: number;
  /** The first period, for a round that asks no progress (a progress round's period is its own). */
  period: string;
}

export interface RecurrenceFieldsProps {
  /** The clerk's today (YYYY-MM-DD). */
  today: string;
  value: Repeat;
  onChange: (r: Repeat) => void;
  /** A progress round repeats by the plan's own cadence, its period chosen above. */
  only?: Exclude<Recurrence, 'none'>;
  /** The period chosen above (progress rounds). */
  period?: string;
}

/** The period a repeating round starts with: last month (每月3日前报上月), or last quarter, from today. */
export function firstPeriod(recurrence: Recurrence, today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const cadence = recurrence === 'quarterly' ? 'quarter' : 'month';
  const list = [...periodsOf(y - 1, cadence), ...periodsOf(y, cadence)];
  return list[cadence === 'quarter' ? 4 + Math.floor((m - 1) / 3) - 1 : 12 + m - 2]!;
}

export function RecurrenceFields({ value, onChange, today, only, period }: RecurrenceFieldsProps) {
  const year = Number(today.slice(0, 4));
  const choices = Recurrence.options.filter((r) => r === 'none' || !only || r === only);
  const first = period ?? value.period;
  const cadence = value.recurrence === 'quarterly' ? 'quarter' : 'month';
  const periods = [...periodsOf(year - 1, cadence), ...periodsOf(year, cadence)];
  return (
    <fieldset className="pd-round-repeat">
      <legend>报送频次</legend>
      {choices.map((r) => (
        <label key={r} className="pd-inline">
          <input
            type="radio"
            name="recurrence"
            checked={value.recurrence === r}
            onChange={() =>
              onChange({
                ...value,
                recurrence: r,
                period: r === 'none' || period ? value.period : firstPeriod(r, today),
              })
            }
          />
          {RECURRENCE_NAMES[r]}
        </label>
      ))}
      {value.recurrence !== 'none' && (
        <>
          {!period && (
            <label className="pd-inline">
              第一期
              <select
                aria-label="第一期"
                value={value.period}
                onChange={(e) => onChange({ ...value, period: e.target.value })}
              >
                <PeriodOptions periods={periods} />
              </select>
            </label>
          )}
          <label className="pd-inline">
            次{value.recurrence === 'quarterly' ? '季度首月' : '月'}
            <input
              type="number"
              aria-label="每期报送日"
              min={1}
              max={31}
              value={value.dueDay}
              onChange={(e) => onChange({ ...value, dueDay: Math.min(31, Math.max(1, Number(e.target.value) || 1)) })}
            />
            日前报送
          </label>
          <span className="pd-muted">
            本期截止 {dayName(dueDateOf(first, value.dueDay))}；每期结束后点「开始下一期」。
          </span>
        </>
      )}
    </fieldset>
  );
}
