// The commands of the application menu. The menu sends one to the renderer, which runs it as the matching toolbar
// button or key does; 导入 carries the file the native dialog picked.
import { z } from 'zod';

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

/** At most 64 MiB of base64 (48 MiB of file): more than any plan a clerk would import. */
export const MAX_MENU_FILE_BASE64 = 64 * 1024 * 1024;

export const MenuCommand = z.object({
  command: z.enum(MENU_COMMANDS),
  file: z.object({ name: z.string().min(1).max(260), base64: z.string().max(MAX_MENU_FILE_BASE64) }).optional(),
});
export type MenuCommand = z.infer<typeof MenuCommand>;
