// The commands of the application menu. The menu sends one to the renderer, which runs it as the matching toolbar
// button or key does; 导入 carries the file the native dialog picked.
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from './file-limits';

export const MENU_COMMANDS = [
  'plan.new',
  'file.import',
  'plan.export',
  'plan.print',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'edit.replace',
  'backups.open',
] as const;
export type MenuCommandName = (typeof MENU_COMMANDS)[number];

/** The file's bytes as IPC carries them (a Uint8Array, copied from the shell's process): never turned into text. */
const FileData = z
  .custom<Uint8Array>((v) => Object.prototype.toString.call(v) === '[object Uint8Array]')
  .refine((v) => v.byteLength <= MAX_IMPORT_BYTES);

export const MenuCommand = z.object({
  command: z.enum(MENU_COMMANDS),
  file: z.object({ name: z.string().min(1).max(260), data: FileData }).optional(),
});
export type MenuCommand = z.infer<typeof MenuCommand>;
