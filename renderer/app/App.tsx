// The shell: the plan list on the left, the open plan on the right, messages on top.
import { useCallback, useEffect, useState } from 'react';
import { PlanList } from '../features/plans/PlanList';
import { usePlans } from '../features/plans/use-plans';
import { PlanEditor } from '../features/editor/PlanEditor';
import { StatusBar } from './StatusBar';
import { Notices, useNotices } from './Notices';

export function App() {
  const notices = useNotices();
  const plans = usePlans(notices.error);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  // Open the first plan at start, and another when the open one goes away.
  useEffect(() => {
    if (!plans.plans) return;
    if (selectedId === null || !plans.plans.some((p) => p.id === selectedId)) setSelectedId(plans.plans[0]?.id ?? null);
  }, [plans.plans, selectedId]);

  const select = useCallback((id: string | null) => setSelectedId(id), []);
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
      <PlanList plans={plans} selectedId={selectedId} onSelect={select} />
      <main className="pd-main">
        <Notices state={notices} />
        {selectedId ? (
          <PlanEditor planId={selectedId} onError={notices.error} onNotice={onEdited} />
        ) : (
          <>
            <div className="pd-placeholder">{plans.plans ? '请在左侧选择或新建一个方案。' : '正在加载…'}</div>
            <StatusBar saveState={null} summary="" selection="" />
          </>
        )}
      </main>
    </div>
  );
}
