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
  DB_CORRUPT: (p) => `数据文件已损坏（${p.path ?? ''}）。请从最近的备份恢复，原文件不会被覆盖。`,
  DB_READONLY: '数据文件是只读的，修改无法保存。请检查数据文件夹的权限。',
  DB_BUSY: '数据文件正被另一个程序占用，请关闭其他配档助手窗口后再试。',
  DISK_FULL: '磁盘空间已满，修改没有保存。请清理磁盘后再试，已保存的内容不受影响。',
  UNAUTHORIZED: '访问被拒绝：请从配档助手启动时给出的地址打开本页面。',
  HOST_UNREACHABLE: '无法连接到配档助手的后台服务，修改没有保存。请重新启动程序。',
};

export function messageOf(code: ErrorCode, params: ErrorParams = {}): string {
  const m = MESSAGES[code];
  return typeof m === 'function' ? m(params) : m;
}
