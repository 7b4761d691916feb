import { useState } from 'react';
import { Flex } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { ClusterTable } from './ClusterTable';
import { ClusterView } from './ClusterView';
import { OverviewGraph } from './OverviewGraph';

/** The overview graph and the list; a rename or a recomputation redraws the graph. */
function ClustersHome({ onOpen }: { onOpen: (clusterId: number) => void }) {
  const [version, setVersion] = useState(0);
  return (
    <Flex vertical gap={16}>
      <OverviewGraph key={version} onOpenCluster={onOpen} />
      <ClusterTable onOpen={onOpen} onChanged={() => setVersion((v) => v + 1)} />
    </Flex>
  );
}

/**
 * 聚集性疫情: the transmission overview and the clusters, or one cluster (?cluster=, so the browser's back
 * button returns to the list and a cluster can be linked to).
 */
export function ClustersTab() {
  const [params, setParams] = useSearchParams();
  const clusterId = Number(params.get('cluster')) || undefined;
  const open = (id: number) => setParams({ cluster: String(id) });
  return clusterId ? (
    <ClusterView key={clusterId} clusterId={clusterId} onBack={() => setParams({})} />
  ) : (
    <ClustersHome onOpen={open} />
  );
}
