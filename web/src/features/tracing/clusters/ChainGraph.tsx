import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../app/components/EChart';
import type { ChartEvent } from '../../../app/components/EChart';
import { clickedNode, graphOption, isLarge } from './graph';
import type { GraphLink, GraphNode, NodeKind, NodeRef } from './graph';

type Props = {
  nodes: GraphNode[];
  links: GraphLink[];
  onNode: (node: NodeRef) => void;
  testId: string;
};

/** A transmission graph: nodes coloured by what they are (legend on top), zoomed and panned by the user. */
export function ChainGraph({ nodes, links, onNode, testId }: Props) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const kindNames: Record<NodeKind, string> = {
      confirmed: t('tracing.classifications.confirmed'),
      asymptomatic: t('tracing.classifications.asymptomatic'),
      suspected: t('tracing.classifications.suspected'),
      cluster: t('tracingClusters.kinds.cluster'),
      stub: t('tracingClusters.kinds.stub'),
      contact: t('tracingClusters.kinds.contact'),
    };
    return graphOption(nodes, links, kindNames);
  }, [nodes, links, t]);
  const onClick = useCallback(
    (event: ChartEvent) => {
      const node = clickedNode(event);
      if (node) onNode(node);
    },
    [onNode],
  );
  // The node count is on the element for tests and support: the canvas itself cannot be read.
  return (
    <div data-testid={testId} data-nodes={nodes.length} data-links={links.length}>
      <EChart option={option} height={isLarge(nodes.length) ? 640 : 480} onClick={onClick} />
    </div>
  );
}
