// 生成填报表: into a folder (the round's own by default, typed or chosen), then 打开文件夹 on it; or one .zip download.
// A folder is chosen with the desktop's native dialog, or in browser mode with the browser's (the page writes the
// sheets there itself); a browser without one has the typed folder and the .zip.
import { useState } from 'react';
import type { RoundActionsProps } from './RoundActions';

type Props = Pick<
  RoundActionsProps,
  'defaultFolder' | 'onGenerate' | 'onGenerateZip' | 'onOpenFolder' | 'onPickFolder' | 'browserFolder'
>;

export function GenerateActions(props: Props) {
  const { onGenerateZip, onOpenFolder, onPickFolder, browserFolder } = props;
  const target = useTarget(props);
  return (
    <div className="pd-round-actions">
      <label className="pd-inline pd-grow">
        填报表保存到
        <input
          aria-label="填报表保存到"
          title={target.chosen ? '在浏览器中选择的文件夹' : undefined}
          value={target.shown}
          onChange={(e) => target.type(e.target.value)}
        />
      </label>
      {(onPickFolder ?? browserFolder) && (
        <button type="button" onClick={() => void target.pick()}>
          选择…
        </button>
      )}
      <button
        type="button"
        className="pd-primary"
        disabled={target.shown.trim() === ''}
        onClick={() => void target.generate()}
      >
        生成填报表
      </button>
      {target.written !== null && (
        <button type="button" onClick={() => onOpenFolder(target.written!)}>
          打开文件夹
        </button>
      )}
      <button type="button" onClick={onGenerateZip}>
        下载为 .zip
      </button>
    </div>
  );
}

/** Where the sheets go: the folder typed (or given by the desktop's dialog), or the one chosen in the browser's. */
function useTarget({ defaultFolder, onGenerate, onPickFolder, browserFolder }: Props) {
  // The folder shown is the round's own until the clerk types or chooses another.
  const [typed, setTyped] = useState<string | null>(null);
  const [chosen, setChosen] = useState<FileSystemDirectoryHandle | null>(null);
  const folder = typed ?? defaultFolder;
  // The folder the host last wrote the sheets to: only then is there a folder to open.
  const [written, setWritten] = useState<string | null>(null);
  const type = (text: string) => {
    setTyped(text);
    setChosen(null);
    setWritten(null);
  };
  const pick = async () => {
    if (onPickFolder) {
      const path = await onPickFolder(folder.trim());
      if (path !== null) type(path);
    } else if (browserFolder) {
      const handle = await browserFolder.pick();
      if (handle === null) return;
      setChosen(handle);
      setWritten(null);
    }
  };
  const generate = async () => {
    if (chosen && browserFolder) {
      await browserFolder.generate(chosen);
      return;
    }
    const path = folder.trim();
    setWritten((await onGenerate(path)) ? path : null);
  };
  return { shown: chosen ? chosen.name : folder, chosen, written, type, pick, generate };
}
