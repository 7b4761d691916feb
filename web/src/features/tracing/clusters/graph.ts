import type { ChartEvent, ChartOption } from '../../../app/components/EChart';
import type { CaseNode, ChainClassification } from './api';

/** What a node of a chain graph stands for: a case (by classification), a cluster, a case on another page, a contact. */
export type NodeKind = ChainClassification | 'cluster' | 'stub' | 'contact';

export type GraphNode = {
  /** Unique within the graph, e.g. `case-12`. */
  id: string;
  kind: NodeKind;
  label: string;
  /** Its column in the layered layout: the generation (cases), between generations (contacts), or an end. */
  layer: number;
  /** Symbol size; the default of its kind when absent. */
  size?: number;
};
export type GraphLink = { from: string; to: string };

/** What a node is, read back from the id it is drawn with (`case:12`), to act on a click. */
export type NodeRef = { type: 'case' | 'cluster' | 'stub' | 'contact'; id: number };
export const nodeId = (type: NodeRef['type'], id: number) => `${type}:${id}`;

/** The node a click on the chart hit, if it hit one. */
export function clickedNode(event: ChartEvent): NodeRef | undefined {
  if (event.dataType !== 'node') return undefined;
  const [type, id] = String((event.data as { id: string }).id).split(':');
  return { type: type as NodeRef['type'], id: Number(id) };
}

/** A case as drawn: coloured by classification, labelled code and name, in the column of its generation. */
export const caseNode = (c: CaseNode): GraphNode => ({
  id: nodeId('case', c.id),
  kind: c.classification,
  label: `${c.code} ${c.name}`,
  layer: c.generation ?? 0,
});

// Above this many nodes a force layout no longer settles in time: generations become columns instead.
const FORCE_MAX = 300;
// Above this many nodes labels only cover each other.
const LABELS_MAX = 500;
const SPACING = 16;

const KINDS: NodeKind[] = ['confirmed', 'asymptomatic', 'suspected', 'cluster', 'stub', 'contact'];
/** The classification tags' hues; clusters purple (as their tags), other pages grey, contacts blue. */
export const KIND_COLORS: Record<NodeKind, string> = {
  confirmed: '#cf1322',
  asymptomatic: '#fa8c16',
  suspected: '#d4b106',
  cluster: '#722ed1',
  stub: '#bfbfbf',
  contact: '#1677ff',
};
const SIZES: Record<NodeKind, [small: number, large: number]> = {
  confirmed: [16, 6],
  asymptomatic: [16, 6],
  suspected: [16, 6],
  cluster: [24, 12],
  stub: [9, 5],
  contact: [8, 4],
};

/** A cluster's node grows with its cases, within bounds that keep small ones clickable and big ones in view. */
export const clusterSize = (caseCount: number) => Math.min(80, 14 + 4 * Math.sqrt(caseCount));

/** Whether a graph of this many nodes is drawn in columns by generation rather than by force. */
export const isLarge = (count: number) => count > FORCE_MAX;

/**
 * Columns by layer (x = generation), nodes in their given order down each column (y), a tall column wrapped
 * into several so the whole keeps to the chart's wide box; short columns are centred.
 */
export function layeredPositions(nodes: GraphNode[]): { x: number; y: number }[] {
  const layers = new Map<number, number[]>();
  for (const [index, node] of nodes.entries()) {
    const members = layers.get(node.layer);
    if (members) members.push(index);
    else layers.set(node.layer, [index]);
  }
  const rows = Math.max(10, Math.ceil(1.5 * Math.sqrt(nodes.length)));
  const positions: { x: number; y: number }[] = [];
  let column = 0;
  for (const layer of [...layers.keys()].sort((a, b) => a - b)) {
    const members = layers.get(layer) ?? [];
    const offset = ((rows - Math.min(rows, members.length)) * SPACING) / 2;
    members.forEach((index, order) => {
      positions[index] = { x: (column + Math.floor(order / rows)) * SPACING * 2, y: offset + (order % rows) * SPACING };
    });
    column += Math.ceil(members.length / rows) + 1; // an empty column between generations
  }
  return positions;
}

/**
 * The ECharts option of a chain graph. Small graphs settle by force with labels and arrows; large ones
 * (ECharts' graph series has no progressive rendering) get fixed positions, no labels, arrows or animation.
 */
export function graphOption(nodes: GraphNode[], links: GraphLink[], kindNames: Record<NodeKind, string>): ChartOption {
  const large = isLarge(nodes.length);
  const positions = large ? layeredPositions(nodes) : [];
  const labels = new Map(nodes.map((node) => [node.id, node.label]));
  const present = KINDS.filter((kind) => nodes.some((node) => node.kind === kind));
  return {
    animation: !large,
    tooltip: {
      renderMode: 'richText',
      formatter: (params) => {
        if (Array.isArray(params)) return '';
        if (params.dataType === 'edge') {
          const link = params.data as { source: string; target: string };
          return `${labels.get(link.source)} → ${labels.get(link.target)}`;
        }
        return params.name;
      },
    },
    legend: { data: present.map((kind) => kindNames[kind]), top: 0 },
    series: [
      {
        type: 'graph',
        layout: large ? 'none' : 'force',
        top: 32,
        roam: true,
        draggable: !large,
        categories: KINDS.map((kind) => ({ name: kindNames[kind], itemStyle: { color: KIND_COLORS[kind] } })),
        data: nodes.map((node, index) => ({
          id: node.id,
          name: node.label,
          category: KINDS.indexOf(node.kind),
          symbolSize: node.size ?? SIZES[node.kind][large ? 1 : 0],
          ...positions[index],
        })),
        links: links.map((link) => ({ source: link.from, target: link.to })),
        label: { show: nodes.length <= LABELS_MAX, position: 'right', fontSize: 11 },
        labelLayout: { hideOverlap: true },
        edgeSymbol: large ? 'none' : ['none', 'arrow'],
        edgeSymbolSize: 6,
        lineStyle: { color: '#999', opacity: large ? 0.4 : 0.8 },
        // Settles within about 170 px of the centre whatever the count (radius ~ √(n · repulsion / gravity)).
        force: { repulsion: Math.min(300, 3000 / nodes.length), edgeLength: [30, 80], gravity: 0.1 },
        emphasis: { focus: large ? 'none' : 'adjacency', scale: !large },
      },
    ],
  };
}
