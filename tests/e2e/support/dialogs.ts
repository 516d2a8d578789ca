// Every dialog of the main screen, by its name, and how a clerk opens it: for the tests that go through them all.
import type { AppPage } from './app-page';
import { samplePath } from '../../support/fixtures';

/** Every dialog of the main screen, by its name, and how a clerk opens it. */
export const DIALOGS: Array<{ name: string; open: (app: AppPage) => Promise<void> }> = [
  ...['进度总览', '填报任务', '列设置', '导出…', '排序…'].map((button) => ({
    name: button.replace('…', ''),
    open: (app: AppPage) => app.button(button).click(),
  })),
  ...['单位名录', '联系分组', '测评排名', '备份与恢复', '＋ 新建'].map((button) => ({
    name: button === '＋ 新建' ? '新建方案' : button,
    open: (app: AppPage) => app.page.getByRole('button', { name: button, exact: true }).click(),
  })),
  { name: '方案信息', open: (app) => app.planItem(/百日攻坚行动/).press('F2') },
  { name: '删除方案', open: (app) => app.planItem(/百日攻坚行动/).press('Delete') },
  {
    name: '导入 Excel',
    open: (app) => app.page.getByLabel('选择要导入的文件').setInputFiles(samplePath('民生实事-2025.xlsx')),
  },
];
