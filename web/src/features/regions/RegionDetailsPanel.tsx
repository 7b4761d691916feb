import { useCallback, useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Skeleton } from 'antd';
import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/hooks/useAction';
import { useFetch } from '../../app/hooks/useFetch';
import { deleteRegion, fetchRegion } from './api';
import type { Region } from './api';
import { AddRegionModal } from './AddRegionModal';
import { EditRegionModal } from './EditRegionModal';
import { MoveRegionModal } from './MoveRegionModal';
import { useRegionLevels } from './useRegionLevels';

type Props = {
  regionId: number;
  canManage: boolean;
  /** Something changed at or under these regions (null: the top level); the tree re-reads them. */
  onChanged: (regionIds: (number | null)[]) => void;
  onCreated: (region: Region) => void;
  onDeleted: (region: Region) => void;
};

type Dialog = 'add' | 'edit' | 'move' | null;

export function RegionDetailsPanel({ regionId, canManage, onChanged, onCreated, onDeleted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { levelName } = useRegionLevels();
  const { run, busy } = useAction();
  const [dialog, setDialog] = useState<Dialog>(null);
  const load = useCallback((signal: AbortSignal) => fetchRegion(regionId, signal), [regionId]);
  const { data, reload } = useFetch(load);

  // Until this region's own details arrive, show nothing stale from the previous one.
  if (data?.region.id !== regionId)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const { region, ancestors } = data;

  const close = () => setDialog(null);
  const changed = (ids: (number | null)[]) => {
    close();
    reload();
    onChanged(ids);
  };
  const remove = () =>
    run(async () => {
      await deleteRegion(region.id);
      void message.success(t('regions.deleted'));
      onDeleted(region);
    });

  const actions = canManage && (
    <Flex wrap gap={8}>
      <Button icon={<PlusOutlined />} onClick={() => setDialog('add')}>
        {t('regions.addChild')}
      </Button>
      <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
        {t('common.edit')}
      </Button>
      <Button icon={<DragOutlined />} onClick={() => setDialog('move')}>
        {t('regions.move')}
      </Button>
      <Popconfirm title={t('regions.deleteConfirm', { name: region.name })} onConfirm={() => void remove()}>
        <Button danger icon={<DeleteOutlined />} loading={busy}>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Flex>
  );

  return (
    <Card title={region.name}>
      <Descriptions
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'name', label: t('regions.name'), children: region.name },
          { key: 'code', label: t('regions.code'), children: region.code ?? '—' },
          { key: 'level', label: t('regions.level'), children: levelName(region.levelKey) },
          {
            key: 'path',
            label: t('regions.path'),
            children: ancestors.length ? ancestors.map((a) => a.name).join(' / ') : t('regions.topLevel'),
          },
          { key: 'children', label: t('regions.childCount'), children: region.childCount },
        ]}
      />
      {actions}
      <AddRegionModal
        open={dialog === 'add'}
        parent={region}
        onClose={close}
        onCreated={(created) => {
          changed([region.id]);
          onCreated(created);
        }}
      />
      <EditRegionModal open={dialog === 'edit'} region={region} onClose={close} onSaved={() => changed([region.id])} />
      <MoveRegionModal
        open={dialog === 'move'}
        region={region}
        onClose={close}
        onMoved={(from, to) => changed([from, to])}
      />
    </Card>
  );
}
