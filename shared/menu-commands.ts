// The commands of the application menu. The menu sends one to the renderer, which runs it as the matching toolbar
// button or key does; 导入 carries the file the native dialog picked.
import { z } from 'zod';
import { MAX_MENU_FILE_BASE64 } from './file-limits';

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

export const MenuCommand = z.object({
  command: z.enum(MENU_COMMANDS),
  file: z.object({ name: z.string().min(1).max(260), base64: z.string().max(MAX_MENU_FILE_BASE64) }).optional(),
});
export type MenuCommand = z.infer<typeof MenuCommand>;
