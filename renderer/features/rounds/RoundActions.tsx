// The round's commands above its tables: 生成填报表 into a folder, 导入回执 (files or a folder), 导出汇总表.
import { useState } from 'react';
import { IMPORT_ACCEPT } from '../../../shared/xlsx/file-kind';
import { FileButton } from '../../app/FileButton';

export interface RoundActionsProps {
  /** A 备案 round takes files of any kind, and has neither fill-in sheets nor a 汇总表. */
  filing: boolean;
  defaultFolder: string;
  onGenerate: (folder: string) => void;
  onFiles: (files: File[]) => void;
  onExport: (perUnitSheets: boolean, arrangement: 'item' | 'unit') => void;
}

export function RoundActions({ filing, defaultFolder, onGenerate, onFiles, onExport }: RoundActionsProps) {
  // The folder shown is the round's own until the clerk types another.
  const [typed, setTyped] = useState<string | null>(null);
  const folder = typed ?? defaultFolder;
  const [perUnit, setPerUnit] = useState(false);
  const [arrangement, setArrangement] = useState<'item' | 'unit'>('item');
  return (
    <>
      {!filing && (
        <div className="pd-round-actions">
          <label className="pd-inline pd-grow">
            填报表保存到
            <input aria-label="填报表保存到" value={folder} onChange={(e) => setTyped(e.target.value)} />
          </label>
          <button
            type="button"
            className="pd-primary"
            disabled={folder.trim() === ''}
            onClick={() => onGenerate(folder.trim())}
          >
            生成填报表
          </button>
        </div>
      )}
      <div className="pd-round-actions">
        <FileButton inputLabel="选择回执文件" multiple {...(filing ? {} : { accept: IMPORT_ACCEPT })} onFiles={onFiles}>
          导入回执…
        </FileButton>
        <FileButton inputLabel="选择回执文件夹" folder onFiles={onFiles}>
          导入文件夹…
        </FileButton>
        <span className="pd-muted">或把收到的文件（可多个）拖到这里</span>
        <span className="pd-grow" />
        {!filing && (
          <>
            <label className="pd-inline">
              <input type="checkbox" checked={perUnit} onChange={(e) => setPerUnit(e.target.checked)} />
              每个单位另设一个工作表
            </label>
            <select
              aria-label="汇总表排列"
              value={arrangement}
              onChange={(e) => setArrangement(e.target.value === 'unit' ? 'unit' : 'item')}
            >
              <option value="item">按事项</option>
              <option value="unit">按单位</option>
            </select>
            <button type="button" onClick={() => onExport(perUnit, arrangement)}>
              导出汇总表
            </button>
          </>
        )}
      </div>
    </>
  );
}
