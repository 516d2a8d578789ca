// The shell: the plan list on the left, the open plan on the right, messages on top.
import { useCallback, useEffect, useState } from 'react';
import { PlanList } from '../features/plans/PlanList';
import { usePlans } from '../features/plans/use-plans';
import { PlanEditor } from '../features/editor/PlanEditor';
import { StatusBar } from './StatusBar';
import { Notices, useNotices } from './Notices';
import { ImportDialog } from '../features/import/ImportDialog';
import { useFileDrop } from './use-file-drop';
import { useUnits } from '../features/units/use-units';
import { UnitsDialog } from '../features/units/UnitsDialog';
import { UnknownUnitsDialog } from '../features/units/UnknownUnitsDialog';
import { BackupDialog } from '../features/backup/BackupDialog';
import { useMenuCommands } from './use-menu-commands';
import { useCommand } from './commands';
import { useSaveKey } from './use-save-key';
import { ScoresDialog } from '../features/scores/ScoresDialog';
import { GroupsDialog } from '../features/groups/GroupsDialog';
import { lastPlace } from './last-place';
import { commitEdits, commitOnLeave } from './pending-edits';

export function App() {
  const notices = useNotices();
  const plans = usePlans(notices.error);
  const [chosenId, setSelectedId] = useState<string | null>(null);
  const [importing, setImporting] = useState<File | null>(null);
  const dragging = useFileDrop(setImporting);
  // The plan chosen while it exists; else the one the clerk was in (after a reload, a restart or a 恢复), else the first.
  const selectedId = shownPlan(plans.plans, chosenId);
  const units = useUnits(notices.error, selectedId, notices.info);
  const [showUnits, setShowUnits] = useState(false);
  const [showBackups, setShowBackups] = useState(false);
  const [unknown, setUnknown] = useState<string[]>([]);
  const [showScores, setShowScores] = useState(false);
  const [showGroups, setShowGroups] = useState(false);
  useMenuCommands(setImporting);
  useCommand('backups.open', () => setShowBackups(true));
  useSaveKey(notices.info);

  useEffect(() => {
    if (selectedId !== null) lastPlace.setPlan(selectedId);
  }, [selectedId]);
  // A message left before a reload (已从备份恢复) is said once the app is back.
  const say = notices.info;
  useEffect(() => {
    const text = lastPlace.takeNotice();
    if (text) say(text);
  }, [say]);

  const selected = plans.plans?.find((p) => p.id === selectedId);
  const select = useCallback((id: string | null) => {
    // Text typed in a cell of the plan being left is saved with it.
    commitEdits();
    setSelectedId(id);
  }, []);
  useEffect(() => commitOnLeave(), []);
  const onNotice = notices.info;
  const refreshList = plans.refresh;
  const onEdited = useCallback(
    (text: string) => {
      onNotice(text);
      void refreshList();
    },
    [onNotice, refreshList],
  );

  return (
    <div className="pd-app">
      <PlanList
        plans={plans}
        selectedId={selectedId}
        onSelect={select}
        onImport={setImporting}
        onUnits={() => setShowUnits(true)}
        onBackups={() => setShowBackups(true)}
        onScores={() => setShowScores(true)}
        onGroups={() => setShowGroups(true)}
      />
      <main className="pd-main">
        <Notices state={notices} />
        {selectedId ? (
          <PlanEditor
            key={selectedId}
            planId={selectedId}
            units={units.units}
            onError={notices.error}
            onNotice={onEdited}
            onAddUnit={(name) => void units.addName(name)}
          />
        ) : (
          <>
            <div className="pd-placeholder">{plans.plans ? '请在左侧选择或新建一个方案。' : '正在加载…'}</div>
            <StatusBar saveState={null} summary="" selection="" />
          </>
        )}
      </main>
      {importing && (
        <ImportDialog
          file={importing}
          currentPlan={selected ? { id: selected.id, title: selected.title } : null}
          onCancel={() => setImporting(null)}
          onDone={async (planId, text, unknownUnits) => {
            setImporting(null);
            notices.info(text);
            setUnknown(unknownUnits);
            await plans.refresh();
            setSelectedId(planId);
          }}
        />
      )}
      {dragging && <div className="pd-dropzone">松开鼠标，导入这个文件</div>}
      {showUnits && <UnitsDialog units={units} onClose={() => setShowUnits(false)} />}
      {showBackups && <BackupDialog onError={notices.error} onClose={() => setShowBackups(false)} />}
      {showScores && (
        <ScoresDialog
          directory={units.units}
          onError={notices.error}
          onNotice={notices.info}
          onClose={() => setShowScores(false)}
        />
      )}
      {showGroups && (
        <GroupsDialog
          planId={selectedId}
          directory={units.units}
          onError={notices.error}
          onNotice={notices.info}
          onClose={() => setShowGroups(false)}
        />
      )}
      {unknown.length > 0 && (
        <UnknownUnitsDialog
          names={unknown}
          onClose={() => setUnknown([])}
          onAdd={async (names, kind) => {
            setUnknown([]);
            const n = await units.addNames(names, kind);
            if (n > 0) notices.info(`已把 ${n} 个单位加入单位名录。`);
          }}
        />
      )}
    </div>
  );
}

function shownPlan(plans: readonly { id: string }[] | undefined, chosen: string | null): string | null {
  if (!plans) return chosen;
  if (chosen !== null && plans.some((p) => p.id === chosen)) return chosen;
  const last = lastPlace.plan();
  return plans.find((p) => p.id === last)?.id ?? plans[0]?.id ?? null;
}
