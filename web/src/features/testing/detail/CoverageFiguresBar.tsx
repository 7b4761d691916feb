import { Flex, Progress, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../registry/formatCount';
import type { CoverageFigures } from '../api';

const FIGURES = ['target', 'sampled', 'resulted', 'poolPositive', 'exempt', 'missing'] as const;

/** Share of the target sampled or exempted, as a whole percent (0 for an empty target). */
export function donePercent(figures: CoverageFigures): number {
  return figures.target === 0 ? 0 : Math.floor(((figures.target - figures.missing) / figures.target) * 100);
}

/** The round's figures for one region (or the whole jurisdiction), with how much of it is done. */
export function CoverageFiguresBar({ figures }: { figures: CoverageFigures }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={32} align="center" style={{ marginBottom: 16 }} data-testid="coverage-total">
      <Progress type="circle" size={72} percent={donePercent(figures)} />
      {FIGURES.map((key) => (
        <Statistic
          key={key}
          title={t(`testing.coverage.${key}`)}
          value={formatCount(figures[key])}
          styles={{
            content: {
              fontSize: 22,
              color: key === 'poolPositive' && figures[key] > 0 ? '#cf1322' : undefined,
            },
          }}
          data-testid={`coverage-total-${key}`}
        />
      ))}
    </Flex>
  );
}
