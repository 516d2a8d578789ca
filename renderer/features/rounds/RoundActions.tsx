// The round's commands above its tables: 生成填报表 into a folder (then 打开文件夹) or as one .zip download,
// 导入回执 (files or a folder), 导出汇总表.
import { useState } from 'react';
import { IMPORT_ACCEPT } from '../../../shared/xlsx/file-kind';
import { FileButton } from '../../app/FileButton';

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

/** 生成填报表: into the folder typed (the round's own by default), then 打开文件夹 on it; or 下载为 .zip. */
function GenerateActions({ defaultFolder, onGenerate, onGenerateZip, onOpenFolder, onPickFolder }: RoundActionsProps) {
  // The folder shown is the round's own until the clerk types another.
  const [typed, setTyped] = useState<string | null>(null);
  const folder = typed ?? defaultFolder;
  // The folder the sheets were last written to: only then is there a folder to open.
  const [written, setWritten] = useState<string | null>(null);
  const pick = async (choose: (start: string) => Promise<string | null>) => {
    const chosen = await choose(folder.trim());
    if (chosen === null) return;
    setTyped(chosen);
    setWritten(null);
  };
  const generate = async () => {
    const target = folder.trim();
    setWritten((await onGenerate(target)) ? target : null);
  };
  return (
    <div className="pd-round-actions">
      <label className="pd-inline pd-grow">
        填报表保存到
        <input
          aria-label="填报表保存到"
          value={folder}
          onChange={(e) => {
            setTyped(e.target.value);
            setWritten(null);
          }}
        />
      </label>
      {onPickFolder && (
        <button type="button" onClick={() => void pick(onPickFolder)}>
          选择…
        </button>
      )}
      <button type="button" className="pd-primary" disabled={folder.trim() === ''} onClick={() => void generate()}>
        生成填报表
      </button>
      {written !== null && (
        <button type="button" onClick={() => onOpenFolder(written)}>
          打开文件夹
        </button>
      )}
      <button type="button" onClick={onGenerateZip}>
        下载为 .zip
      </button>
    </div>
  );
}
