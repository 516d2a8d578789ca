// The Chinese text of every error code; a code without a message here fails the build.
import type { ErrorCode, ErrorParams } from './errors';

type Message = string | ((p: ErrorParams) => string);

const MESSAGES: Record<ErrorCode, Message> = {
  UNKNOWN_METHOD: (p) => `程序内部调用了不存在的功能「${p.method ?? ''}」，请升级到最新版本。`,
  BAD_INPUT: (p) => `提交的内容不符合要求：${p.detail ?? '格式不正确'}。`,
  INTERNAL: (p) => `发生内部错误（编号 ${p.incidentId ?? '未知'}），刚才的操作没有完成，已保存的内容不受影响。`,
  PLAN_NOT_FOUND: '找不到这个方案，它可能已被删除。请在左侧列表中重新选择。',
  ROW_NOT_FOUND: '找不到要修改的行，它可能已被删除或撤销。请刷新后再试。',
  NOTHING_TO_UNDO: '没有可以撤销的操作。',
  NOTHING_TO_REDO: '没有可以重做的操作。',
  DB_NEWER_VERSION: (p) =>
    `数据文件由更新版本的配档助手创建（数据版本 ${p.found ?? '?'}，本程序支持到 ${p.supported ?? '?'}）。为避免损坏数据，本程序不会打开它，请安装最新版本。`,
  DB_CORRUPT: (p) =>
    `数据文件已损坏（${p.path ?? ''}）。${p.backup ? `最近的备份是「${p.backup}」，可用“npm run -s cli -- restore 备份文件”或程序中的“备份与恢复”恢复，` : '请从备份恢复，'}原文件不会被覆盖。`,
  DB_READONLY: '数据文件是只读的，修改无法保存。请检查数据文件夹的权限。',
  DB_BUSY:
    '数据文件正被另一个程序占用（另一个配档助手，或正在复制、同步它的程序），刚才的修改没有保存。请关闭占用它的程序后再试。',
  DISK_FULL: (p) => `磁盘空间已满，${p.action ?? '修改'}没有保存。请清理磁盘后再试，已保存的内容不受影响。`,
  DB_FILE_RESTORED: (p) =>
    `数据文件「${p.path ?? ''}」在程序运行时被删除或移走了。程序已用打开着的数据把它重新写回原处，没有丢失内容；刚才的操作没有执行，请再做一次。`,
  UNAUTHORIZED: '访问被拒绝：请从配档助手启动时给出的地址打开本页面。',
  HOST_UNREACHABLE: '无法连接到配档助手的后台服务，修改没有保存。请重新启动程序。',
  IMPORT_NOT_A_TABLE: (p) =>
    `「${p.file ?? ''}」不是 Excel 表格文件（.xlsx）、Word 文档（.docx）或 CSV 文件，无法导入。请确认选择的文件是否正确。`,
  IMPORT_OLD_FORMAT: (p) =>
    `「${p.file ?? ''}」是 Excel 95 或更早版本（Excel 5.0、4.0 等）保存的文件，格式太旧，无法读取。请在 Excel 或 WPS 中打开它，选择“另存为”→“Excel 工作簿（*.xlsx）”，再导入另存的文件。`,
  IMPORT_ENCRYPTED: (p) =>
    `「${p.file ?? ''}」设置了打开密码，无法读取。请在 Excel 或 WPS 中取消密码（文件→信息→保护工作簿）后另存，再导入。`,
  IMPORT_CORRUPT: (p) =>
    `「${p.file ?? ''}」已损坏或不完整（可能没有下载或复制完），无法打开。请向发送单位重新索取文件。`,
  IMPORT_EMPTY: (p) => `「${p.file ?? ''}」里没有任何内容，每个工作表都是空的。`,
  IMPORT_NO_HEADER: (p) =>
    `在「${p.file ?? ''}」${p.sheet ? `的工作表「${p.sheet}」` : ''}中没有找到表头（如“序号”“行动措施”“完成时限”“牵头处室”）。请在预览中指定表头所在的行。`,
  IMPORT_ZERO_BYTES: (p) =>
    `「${p.file ?? ''}」是一个空文件（0 字节），可能没有保存完或没有下载完。请向发送单位重新索取文件。`,
  IMPORT_OTHER_FORMAT: (p) =>
    `「${p.file ?? ''}」其实是 ${p.format ?? '其他格式的文件'}，不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开它，另存为“Excel 工作簿（*.xlsx）”后再导入。`,
  IMPORT_WORD_NO_TABLE: (p) =>
    `「${p.file ?? ''}」是 Word 文档，但其中没有表格，无法导入。配档表要以表格的形式放在文档里；如果是文本框或图片，请在 Word 或 WPS 中改成表格后再导入。`,
  IMPORT_OLD_WORD: (p) =>
    `「${p.file ?? ''}」是旧版 Word（.doc）或 WPS 文字（.wps）格式，暂不能直接导入。请在 Word 或 WPS 中打开它，选择“另存为”→“Word 文档（*.docx）”，再导入另存的文件。`,
  IMPORT_UNPACKED_TOO_LARGE: (p) =>
    `「${p.file ?? ''}」解压后超过了可导入的上限 ${p.limit ?? ''}${p.size ? `（文件自称解压后有 ${p.size}）` : ''}，可能是损坏的或特意构造的文件（“压缩炸弹”），没有导入。请确认文件来源，或请发送单位在 Excel、WPS 中另存后重新发送。`,
  IMPORT_SHEET_TOO_LARGE: (p) =>
    `「${p.file ?? ''}」的工作表太大（${p.what ?? ''}，可导入的上限是 ${p.limit ?? ''}），没有导入。请删除多余的行和内容，或拆分成几个文件后再导入。`,
  IMPORT_CELL_TOO_LONG: (p) =>
    `「${p.file ?? ''}」工作表「${p.sheet ?? ''}」第 ${p.row ?? '?'} 行第 ${p.column ?? '?'} 列有 ${p.length ?? '?'} 个字符，超过了一个单元格可导入的上限 ${p.limit ?? ''} 个字符，没有导入。请检查这个单元格是否误粘贴了大量内容。`,
  IMPORT_SHEET_NOT_FOUND: (p) => `「${p.file ?? ''}」中没有名为「${p.sheet ?? ''}」的工作表。`,
  IMPORT_UNREADABLE: (p) =>
    `无法读取「${p.file ?? ''}」：${p.reason ?? '文件正被其他程序占用或没有读取权限，请关闭占用它的程序后再试'}。`,
  IMPORT_EXPIRED: '要导入的文件已不在内存中（可能已导入或等待太久），请重新选择文件。',
  IMPORT_TOO_LARGE: (p) =>
    `${p.file ? `「${p.file}」` : '要导入的文件'}太大（${p.size ?? ''}），超过了可导入的上限 ${p.limit ?? ''}。请拆分后再导入。`,
  ALREADY_RUNNING: (p) =>
    `另一个配档助手（进程 ${p.pid ?? '?'}）正在使用数据文件夹「${p.dataDir ?? ''}」。同一份数据只能由一个配档助手打开，请切换到已经打开的那个窗口。`,
  BACKUP_INVALID: (p) => `不能用「${p.file ?? ''}」恢复：${p.reason ?? '文件无法使用'}。当前数据没有任何改动。`,
  UNIT_NAME_TAKEN: (p) => `「${p.name ?? ''}」已经是名录中「${p.unit ?? ''}」的名称或别名，不能重复。`,
  COLUMNS_INVALID: (p) => `列设置有误：${p.detail ?? ''}。`,
  ROUND_NOT_FOUND: '找不到这个填报任务，它可能已被删除。',
  ROUND_INVALID: (p) => `填报任务设置有误：${p.detail ?? ''}。`,
  SUBMISSION_NOT_FOUND: '找不到这份回执，它可能已被删除。',
  SUBMISSION_STATE: (p) => `不能这样处理这份回执：${p.detail ?? ''}。`,
  RETURN_OTHER_ROUND: (p) =>
    `「${p.file ?? ''}」是另一个填报任务（${p.round ?? '已删除的任务'}）的填报表，没有导入。请在那个任务中导入。`,
  RETURN_DUPLICATE_FILE: (p) =>
    `「${p.file ?? ''}」与 ${p.at ?? ''} 收到的「${p.earlier ?? ''}」内容完全相同，已忽略。`,
  FOLDER_UNWRITABLE: (p) => `无法在「${p.folder ?? ''}」中写出填报表：${p.reason ?? '无法写入'}。请换一个文件夹。`,
  EXPORT_UNWRITABLE: (p) => `无法写出「${p.file ?? ''}」：${p.reason ?? '无法写入'}。`,
  IMPORT_STOPPED: (p) =>
    `「${p.file ?? ''}」${p.reason ?? '读取时间过长'}，已停止读取，没有导入。文件可能已损坏或是特意构造的；请确认文件来源，或请发送单位在 Excel、WPS 中另存后重新发送。程序的其他功能不受影响。`,
  IMPORT_TOO_MANY_ENTRIES: (p) =>
    `「${p.file ?? ''}」里有 ${p.count ?? '?'} 个压缩项，超过了可导入的上限 ${p.limit ?? ''} 个（正常的 Excel 工作簿只有几十个），可能是损坏的或特意构造的文件，没有导入。请确认文件来源，或请发送单位在 Excel、WPS 中另存后重新发送。`,
  IMPORT_ZIP_DUPLICATE: (p) =>
    `「${p.file ?? ''}」里有两个同名的部件「${p.part ?? ''}」，Excel 不会写出这样的文件，可能是损坏的或被改动过的文件，没有导入。请发送单位在 Excel、WPS 中另存后重新发送。`,
  RESTORE_WHILE_RUNNING: (p) =>
    `配档助手（进程 ${p.pid ?? '?'}）正在使用数据文件夹「${p.dataDir ?? ''}」，不能在它运行时从命令行恢复。请先关闭配档助手，或在程序中使用“备份与恢复”。当前数据没有任何改动。`,
  SCORES_NO_TABLE: (p) =>
    `在「${p.file ?? ''}」中没有找到测评得分表：需要有“单位”（或“单位名称”）列和至少一列测评指标（如“整体满意度（40分）”），表头下面每行一个单位。`,
  SCORES_TOO_MANY: (p) => `「${p.file ?? ''}」中的单位超过了 ${p.limit ?? ''} 个，不像一张测评得分表，没有导入。`,
  SCORES_NOT_FOUND: '找不到这期测评，它可能已被删除。',
  GROUPS_NONE: (p) =>
    `在${p.source ? `「${p.source}」` : '粘贴的文字'}中没有找到分组（如“第一组：组长：… 联系单位：…”或“一、中医药管理组 组长：… 责任科室：…”）。`,
  GROUP_NOT_FOUND: '找不到这个分组，它可能已被删除。',
  NOT_A_LEDGER: (p) => `「${p.title ?? ''}」不是整改台账，问题只能加入整改台账。请先新建一个“整改台账”方案。`,
  LAYOUT_TOO_WIDE: (p) =>
    `所选的 ${p.columns ?? '?'} 列（含序号）在${p.paper ?? ''}纸上用小五（9 磅）字也排不下：至少要 ${p.need ?? '?'} 毫米宽，纸面只有 ${p.avail ?? '?'} 毫米。没有写出文件。请${p.ways ?? ''}减少要输出的列。`,
  UNIT_COLLECTIVE: (p) =>
    `「${p.name ?? ''}」指的是一类单位，不是一个单位，不能加入单位名录。任务分发时会发给名录中这一类的每个单位。`,
  UNIT_NOT_FOUND: '找不到这个单位，它可能已被删除或合并。',
  UNIT_TOO_MANY_NAMES: (p) =>
    `「${p.unit ?? ''}」的别名超过 20 个，不能再并入「${p.name ?? ''}」。请先删去不用的别名。`,
  PASTE_OVER_SECTION: (p) =>
    `没有粘贴：粘贴内容的第 ${p.row ?? '?'} 行会落在分组行上，分组行的标题不会被覆盖，分组行也不能粘贴到事项行上。请在分组行下方的事项中、表格末尾或空白方案中粘贴，或先插入分组行。`,
  CLIPBOARD_UNAVAILABLE: (p) => `无法${p.what ?? '使用'}剪贴板，请改用 Ctrl+${p.key ?? 'C'}。`,
  GROUPS_NOT_A_DOCUMENT: (p) =>
    `「${p.file ?? ''}」不是 Word 文档（.docx）或文本文件（.txt），读不出分组名单。请选择通知的 Word 文档，或把附件中的名单复制粘贴到输入框。`,
  GROUP_NAME_TAKEN: (p) => `已经有名为「${p.name ?? ''}」的分组了，请换一个名称，或修改原来的分组。`,
  FOLDER_OPEN_FAILED: (p) =>
    `无法打开文件夹「${p.folder ?? ''}」：${p.reason ?? '系统没有可用的文件管理器'}。填报表已经写在那里，请在文件管理器中自行打开。`,
  FOLDER_PICKER_UNAVAILABLE: () => '在浏览器中无法弹出选择文件夹的窗口，请直接输入文件夹路径，或用「下载为 .zip」。',
};

export function messageOf(code: ErrorCode, params: ErrorParams = {}): string {
  const m = MESSAGES[code];
  return typeof m === 'function' ? m(params) : m;
}
