import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Symptom, symptoms } from './api';

type Props = {
  value: Symptom[];
  onChange: (value: Symptom[]) => void;
  disabled?: boolean;
  'data-testid'?: string;
};

/** The symptoms asked at each check, as toggles large enough for a thumb. */
export function SymptomToggles({ value, onChange, disabled, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const toggle = (symptom: Symptom, on: boolean) =>
    onChange(on ? [...value, symptom] : value.filter((s) => s !== symptom));
  return (
    <Flex wrap gap={6} data-testid={testId}>
      {symptoms.map((symptom) => (
        <Tag.CheckableTag
          key={symptom}
          checked={value.includes(symptom)}
          onChange={(on) => !disabled && toggle(symptom, on)}
          style={{ padding: '4px 10px', fontSize: 14 }}
          data-testid={`symptom-${symptom}`}
        >
          {t(`healthChecks.symptom.${symptom}`)}
        </Tag.CheckableTag>
      ))}
    </Flex>
  );
}
