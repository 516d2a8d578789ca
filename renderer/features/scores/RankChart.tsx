// A unit's rank over the months as a line: the first place at the top, a gap where it was not ranked.
import { periodName } from '../../../shared/domain/progress';

export interface RankPoint {
  period: string;
  rank: number | null;
  size: number | null;
}

const W = 520;
const H = 200;
const PAD = { left: 44, right: 16, top: 16, bottom: 32 };

const label = (p: string) => (/^\d{4}-\d{2}$/.test(p) ? periodName(p).replace(/^\d{4}年/, '') : p);

export function RankChart({ unit, points }: { unit: string; points: readonly RankPoint[] }) {
  const size = Math.max(2, ...points.map((p) => p.size ?? 0));
  const x = (i: number) =>
    PAD.left +
    (points.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (points.length - 1));
  const y = (rank: number) => PAD.top + ((rank - 1) * (H - PAD.top - PAD.bottom)) / (size - 1);
  const ranked = points
    .map((p, i) => ({ ...p, i }))
    .filter((p): p is RankPoint & { i: number; rank: number } => p.rank !== null);
  const path = ranked
    .map((p, k) => `${k === 0 || ranked[k - 1]!.i !== p.i - 1 ? 'M' : 'L'}${x(p.i)},${y(p.rank)}`)
    .join(' ');
  return (
    <figure className="pd-rank-chart" aria-label={`${unit}各月排名`}>
      <figcaption>{unit}各月排名</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={ranked.map((p) => `${label(p.period)}第${p.rank}名`).join('，')}
      >
        {[1, Math.ceil(size / 2), size].map((r) => (
          <g key={r}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(r)} y2={y(r)} stroke="#dde3ea" />
            <text x={PAD.left - 6} y={y(r) + 4} textAnchor="end" fontSize="12" fill="#5b6675">
              第{r}名
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <text key={p.period} x={x(i)} y={H - 10} textAnchor="middle" fontSize="12" fill="#5b6675">
            {label(p.period)}
          </text>
        ))}
        <path d={path} fill="none" stroke="#1f6feb" strokeWidth="2" />
        {ranked.map((p) => (
          <g key={p.period}>
            <circle cx={x(p.i)} cy={y(p.rank)} r="4" fill="#1f6feb" />
            <text x={x(p.i)} y={y(p.rank) - 8} textAnchor="middle" fontSize="12">
              {p.rank}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
