// What the export dialog says about the paper before anything is written: the table does not fit at 小五 (with the
// papers that would hold it, one click each), or it is set smaller than chosen to fit.
import type { FitCheck } from '../../../shared/domain/export';
import { fontSizeName, paperName, type Paper } from '../../../shared/domain/paper';

export function FitNotice({
  fit,
  bodySize,
  onPaper,
}: {
  fit: FitCheck | null;
  bodySize: number;
  onPaper: (p: Paper) => void;
}) {
  if (!fit) return null;
  const ways = (
    <div className="pd-fit-ways">
      {fit.papers.map((p) => (
        <button key={`${p.size}${p.orientation}`} type="button" onClick={() => onPaper(p)}>
          改用{paperName(p)}
        </button>
      ))}
    </div>
  );
  if (!fit.fits) {
    return (
      <div className="pd-notice pd-notice-error pd-fit-notice" role="alert">
        <span>{fit.message}</span>
        {ways}
      </div>
    );
  }
  const smaller =
    fit.bodySize < bodySize
      ? `${fit.columns} 列（含序号）在这种纸上放不下${fontSizeName(bodySize)}的正文，将以${fontSizeName(fit.bodySize)}排出。`
      : '';
  const tall = fit.tooTall ? '有的事项文字太多，一行就超过一页高，打印时会被截断。' : '';
  if (!smaller && !tall) return null;
  return (
    <div className="pd-notice pd-fit-notice" role="status">
      <span>{`${smaller}${tall}${fit.papers.length > 0 ? '可以：' : '可以减少要输出的列。'}`}</span>
      {ways}
    </div>
  );
}
