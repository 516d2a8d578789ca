// A button that opens the file picker: a real button (Tab reaches it, Enter and Space press it) with the picker's
// input hidden beside it; the files picked go to `onFiles`, and the same file can be picked again.
import { forwardRef, useEffect, useImperativeHandle, useRef, type ReactNode } from 'react';

export interface FileButtonProps {
  children: ReactNode;
  /** The picker's own name, for screen readers and tests. */
  inputLabel: string;
  accept?: string;
  multiple?: boolean;
  /** Picks a folder (every file in it and below) instead of files. */
  folder?: boolean;
  title?: string;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}

export interface FileButtonHandle {
  /** Opens the picker, as a click on the button does (for a menu command or a shortcut). */
  open: () => void;
}

export const FileButton = forwardRef<FileButtonHandle, FileButtonProps>(function FileButton(
  { children, inputLabel, accept, multiple, folder, title, disabled, onFiles },
  ref,
) {
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ open: () => input.current?.click() }), []);
  useEffect(() => {
    // React does not know webkitdirectory; every browser engine the app runs in does.
    if (folder) input.current?.setAttribute('webkitdirectory', '');
  }, [folder]);
  return (
    <>
      <button type="button" title={title} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={inputLabel}
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
});
