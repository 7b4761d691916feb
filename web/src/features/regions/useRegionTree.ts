import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { useNotifyError } from '../../app/hooks/useNotifyError';
import { fetchRegionChildren } from './api';
import type { Region } from './api';
import { regionLabel } from './regionText';
import { useRegionLevels } from './useRegionLevels';

/** A node for antd Tree and TreeSelect alike. */
export type RegionNode = {
  key: number;
  value: number;
  title: string;
  name: string;
  isLeaf: boolean;
  disabled?: boolean;
  children?: RegionNode[];
  region: Region;
};

type Children = ReadonlyMap<number | null, Region[]>;

/**
 * The region hierarchy, loaded one level at a time as the user opens nodes (a city has tens of
 * thousands of grids). `exclude` is a region shown but not selectable nor openable, e.g. the one
 * being moved, which cannot go under itself.
 */
export function useRegionTree(exclude?: number) {
  const notifyError = useNotifyError();
  const { levelName } = useRegionLevels();
  const [children, setChildren] = useState<Children>(new Map());

  const load = useCallback(
    (parentId: number | null): Promise<void> =>
      fetchRegionChildren(parentId).then((items) => {
        setChildren((previous) => new Map(previous).set(parentId, items));
      }, notifyError),
    [notifyError],
  );

  // Roots load once; an effect event keeps a language switch (new notifier) from reloading them.
  const loadRoots = useEffectEvent(() => void load(null));
  useEffect(() => loadRoots(), []);

  /** After a change, re-reads what the given regions contain and the lists they appear in. */
  const refresh = useCallback(
    async (regionIds: (number | null)[]) => {
      const lists = new Set<number | null>();
      for (const id of regionIds) {
        if (children.has(id)) lists.add(id);
        if (id === null) continue;
        for (const [parentId, items] of children) {
          if (items.some((region) => region.id === id)) lists.add(parentId);
        }
      }
      await Promise.all([...lists].map(load));
    },
    [children, load],
  );

  const toNodes = (parentId: number | null): RegionNode[] =>
    (children.get(parentId) ?? []).map((region) => {
      const excluded = region.id === exclude;
      const isLeaf = excluded || region.childCount === 0;
      return {
        key: region.id,
        value: region.id,
        title: regionLabel(region, levelName(region.levelKey)),
        name: region.name,
        isLeaf,
        disabled: excluded,
        children: isLeaf || !children.has(region.id) ? undefined : toNodes(region.id),
        region,
      };
    });

  return {
    nodes: toNodes(null),
    /** Keys whose children are loaded, for the tree's loadedKeys. */
    loadedKeys: [...children.keys()].filter((key) => key !== null),
    load,
    refresh,
  };
}
