import { useState } from 'react';
import { Card, Flex, InputNumber, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { rangeText } from './answers';
import type { ChecklistItem } from './api';

type Props = {
  item: ChecklistItem;
  index: number;
  value: unknown;
  passed: boolean | undefined;
  disabled: boolean;
  onAnswer: (value: boolean | number | string) => void;
};

/** The control of one item, big enough for a thumb: yes/no, a figure, or one of the choices. */
function AnswerControl({ item, value, disabled, onAnswer }: Omit<Props, 'index' | 'passed'>) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const [figure, setFigure] = useState<number | null>(typeof value === 'number' ? value : null);
  if (item.kind === 'number')
    return (
      <InputNumber<number>
        size="large"
        inputMode="decimal"
        style={{ width: '100%' }}
        value={figure}
        disabled={disabled}
        suffix={item.unit}
        onChange={setFigure}
        // Sent once the figure is in, not on every keystroke.
        onBlur={() => figure !== null && figure !== value && onAnswer(figure)}
        onPressEnter={() => figure !== null && onAnswer(figure)}
        data-testid={`answer-${item.key}`}
      />
    );
  const options =
    item.kind === 'yes_no'
      ? [
          { value: 'yes', label: t('supervision.inspection.yes') },
          { value: 'no', label: t('supervision.inspection.no') },
        ]
      : (item.choices ?? []).map((c) => ({ value: c.key, label: english ? c.textEn : c.textZh }));
  const current = item.kind === 'yes_no' ? (value === true ? 'yes' : value === false ? 'no' : undefined) : value;
  return (
    <Radio.Group
      block
      size="large"
      optionType="button"
      buttonStyle="solid"
      disabled={disabled}
      value={current}
      options={options}
      onChange={(e) => {
        const picked = String(e.target.value);
        onAnswer(item.kind === 'yes_no' ? picked === 'yes' : picked);
      }}
      data-testid={`answer-${item.key}`}
    />
  );
}

/** One checklist item on the phone: its text, what passes, the control and the verdict once answered. */
export function ItemCard(props: Props) {
  const { t, i18n } = useTranslation();
  const { item, index, passed } = props;
  return (
    <Card size="small" data-testid={`item-${item.key}`}>
      <Flex vertical gap={8}>
        <Typography.Text
          strong
        >{`${index + 1}. ${i18n.language === 'en' ? item.textEn : item.textZh}`}</Typography.Text>
        <Flex gap={4} wrap>
          {item.mustFixNow && <Tag color="red">{t('supervision.inspection.mustFixNow')}</Tag>}
          {item.kind === 'number' && <Tag>{rangeText(t, item)}</Tag>}
          {passed !== undefined && (
            <Tag color={passed ? 'green' : 'red'}>
              {t(passed ? 'supervision.inspection.passed' : 'supervision.inspection.failedItem')}
            </Tag>
          )}
        </Flex>
        <AnswerControl {...props} />
      </Flex>
    </Card>
  );
}
