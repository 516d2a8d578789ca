// The round's commands above its tables: 生成填报表 (GenerateActions.tsx), 导入回执 (files or a folder), 导出汇总表.
import { useState } from 'react';
import { IMPORT_ACCEPT } from '../../../shared/xlsx/file-kind';
import { FileButton } from '../../app/FileButton';
import { GenerateActions } from './GenerateActions';

export interface RoundActionsProps {
  /** A 备案 round takes files of any kind, and has neither fill-in sheets nor a 汇总表. */
  filing: boolean;
  defaultFolder: string;
  /** Writes the sheets into the folder; resolves whether they were written. */
  onGenerate: (folder: string) => Promise<boolean>;
  onGenerateZip: () => void;
  onOpenFolder: (folder: string) => void;
  /** The desktop's native folder dialog (absent in browser mode, where the folder is typed); null when cancelled. */
  onPickFolder?: (start: string) => Promise<string | null>;
  /**
   * The browser's folder dialog, where the browser has one (browser mode): the folder chosen, null when cancelled;
   * and the sheets written into it by the page. Absent on the desktop, and in browsers without the dialog.
   */
  browserFolder?: {
    pick: () => Promise<FileSystemDirectoryHandle | null>;
    generate: (folder: FileSystemDirectoryHandle) => Promise<boolean>;
  };
  onFiles: (files: File[]) => void;
  onExport: (perUnitSheets: boolean, arrangement: 'item' | 'unit') => void;
}

export function RoundActions(props: RoundActionsProps) {
  const { filing, onFiles, onExport } = props;
  const [perUnit, setPerUnit] = useState(false);
  const [arrangement, setArrangement] = useState<'item' | 'unit'>('item');
  return (
    <>
      {!filing && <GenerateActions {...props} />}
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
