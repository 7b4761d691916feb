import { TreeSelect } from 'antd';
import type { TreeSelectProps } from 'antd';
import { useRegionTree } from './useRegionTree';

type Props = Omit<TreeSelectProps, 'treeData' | 'loadData' | 'treeLoadedKeys'> & {
  /** A region that may not be chosen, with its subtree hidden (e.g. the one being moved). */
  exclude?: number;
};

/** Picks regions from the hierarchy, loading each level on demand. Works as a Form control. */
export function RegionTreeSelect({ exclude, ...props }: Props) {
  const tree = useRegionTree(exclude);
  return (
    <TreeSelect
      {...props}
      treeData={tree.nodes}
      treeLoadedKeys={tree.loadedKeys}
      loadData={async (node) => {
        if (typeof node.value === 'number') await tree.load(node.value);
      }}
      // The chosen value shows the bare name; the level is only needed while browsing.
      treeNodeLabelProp="name"
      popupMatchSelectWidth={false}
    />
  );
}
