import { useState } from 'react';
import { Button, Card, Col, Empty, Input, Row, Tree } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth/context';
import { hasPermission } from '../../app/auth/permissions';
import type { Region } from './api';
import { AddRegionModal } from './AddRegionModal';
import { RegionDetailsPanel } from './RegionDetailsPanel';
import { RegionSearchResults } from './RegionSearchResults';
import { useRegionTree } from './useRegionTree';

export function RegionsPage() {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'regions.manage');
  const tree = useRegionTree();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<number[]>([]);
  const [query, setQuery] = useState('');
  const [addingRoot, setAddingRoot] = useState(false);

  const refresh = (ids: (number | null)[]) => void tree.refresh(ids);
  // Open the new region's parent so the new region is in view, and select it.
  const showCreated = ({ id, parentId }: Region) => {
    if (parentId !== null) {
      void tree.load(parentId);
      setExpanded((keys) => (keys.includes(parentId) ? keys : [...keys, parentId]));
    }
    setSelectedId(id);
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={10}>
        <Card
          title={t('regions.title')}
          extra={
            canManage && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingRoot(true)}>
                {t('regions.addRoot')}
              </Button>
            )
          }
        >
          <Input.Search
            allowClear
            placeholder={t('regions.searchPlaceholder')}
            onSearch={(value) => setQuery(value.trim())}
            style={{ marginBottom: 12 }}
          />
          {query ? (
            <RegionSearchResults query={query} selectedId={selectedId} onSelect={setSelectedId} />
          ) : (
            <Tree<(typeof tree.nodes)[number]>
              blockNode
              treeData={tree.nodes}
              loadData={({ key }) => tree.load(Number(key))}
              loadedKeys={tree.loadedKeys}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys.map(Number))}
              selectedKeys={selectedId === null ? [] : [selectedId]}
              // Clicking the selected node again keeps it selected: the details panel should not vanish.
              onSelect={(keys) => {
                if (keys.length > 0) setSelectedId(Number(keys[0]));
              }}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={14}>
        {selectedId === null ? (
          <Card>
            <Empty description={t('regions.selectHint')} />
          </Card>
        ) : (
          <RegionDetailsPanel
            regionId={selectedId}
            canManage={canManage}
            onChanged={refresh}
            onCreated={showCreated}
            onDeleted={(region) => {
              setSelectedId(null);
              refresh([region.parentId]);
            }}
          />
        )}
      </Col>
      <AddRegionModal
        open={addingRoot}
        parent={null}
        onClose={() => setAddingRoot(false)}
        onCreated={(region) => {
          setAddingRoot(false);
          refresh([null]);
          showCreated(region);
        }}
      />
    </Row>
  );
}
