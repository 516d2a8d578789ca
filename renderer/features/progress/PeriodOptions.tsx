// The periods of a plan (2026年第一季度, 2026年1月 …) as the options of a select, for every place a period is picked.
import { periodName } from '../../../shared/domain/progress';

export function PeriodOptions({ periods }: { periods: readonly string[] }) {
  return (
    <>
      {periods.map((p) => (
        <option key={p} value={p}>
          {periodName(p)}
        </option>
      ))}
    </>
  );
}
