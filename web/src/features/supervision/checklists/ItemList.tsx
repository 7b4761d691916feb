import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { answerText, rangeText } from '../inspections/answers';
import type { ChecklistItem } from './api';

/** The items of one version, each with what passes. */
export function ItemList({ items }: { items: ChecklistItem[] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const passing = (item: ChecklistItem) => {
    if (item.kind === 'number') return rangeText(t, item);
    if (item.kind === 'yes_no') return answerText(t, item, item.expected, english);
    return (item.passing ?? []).map((key) => answerText(t, item, key, english)).join(' / ');
  };
  return (
    <List<ChecklistItem>
      size="small"
      dataSource={items}
      rowKey="key"
      renderItem={(item, index) => (
        <List.Item>
          <Typography.Text>{`${index + 1}. ${english ? item.textEn : item.textZh}`}</Typography.Text>
          <span>
            <Tag>{t(`supervision.checklist.kinds.${item.kind}`)}</Tag>
            <Tag color="green">{passing(item)}</Tag>
            <Tag>{`${t('supervision.checklist.weight')} ${item.weight}`}</Tag>
            {item.mustFixNow && <Tag color="red">{t('supervision.checklist.mustFixNow')}</Tag>}
          </span>
        </List.Item>
      )}
    />
  );
}
