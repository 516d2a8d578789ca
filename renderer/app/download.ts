// Saves bytes the host made as a file, through the browser's (or Electron's) download with a file name.
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  // A copy of its own: a Blob takes bytes over a plain ArrayBuffer, never a view into a shared one.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
