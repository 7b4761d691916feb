import { useState } from 'react';
import { Alert, Button, Flex } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { recomputeChains } from './api';
import type { RecomputeResult } from './api';

/** 重新计算: links, clusters and generations now, then the figures it came to. */
export function RecomputeButton({ onRecomputed }: { onRecomputed: () => void }) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [result, setResult] = useState<RecomputeResult | null>(null);

  const recompute = () =>
    void run(async () => {
      setResult(await recomputeChains());
      onRecomputed();
    });

  return (
    <Flex gap={8} align="center" wrap>
      {result && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setResult(null) }}
          title={t('tracingClusters.recompute.done', result)}
          data-testid="cluster-recompute-result"
        />
      )}
      <Button icon={<ReloadOutlined />} loading={busy} onClick={recompute} data-testid="cluster-recompute">
        {t('tracingClusters.recompute.button')}
      </Button>
    </Flex>
  );
}
