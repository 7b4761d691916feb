import { Flex, Tag } from 'antd';
import type { SpecialNeedsTag } from './api';
import { useTagLabels } from './useTagLabels';

export function ResidentTags({ tags }: { tags: SpecialNeedsTag[] }) {
  const { tagLabel } = useTagLabels();
  return (
    <Flex wrap gap={4}>
      {tags.map((tag) => (
        <Tag key={tag} color="volcano">
          {tagLabel(tag)}
        </Tag>
      ))}
    </Flex>
  );
}
