import { useCallback, useEffect, useState } from 'react';
import { Alert, Card, Flex, List, Spin, Tag, Typography } from 'antd';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError, api } from '../../../app/api/client';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../time';
import type { PersonalPage as Personal } from '../../../../../server/src/modules/testing/testing.schema.ts';

type Result = Personal['results'][number]['result'];
const resultColour: Record<Result, string> = {
  pending: 'default',
  negative: 'green',
  pool_positive: 'red',
  invalid: 'orange',
};

/** The QR of the personal code, drawn on the phone (no image leaves the page). */
function CodeImage({ code }: { code: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(code, { width: 240, margin: 1, errorCorrectionLevel: 'M' }).then((url) => {
      if (live) setSrc(url);
    });
    return () => {
      live = false;
    };
  }, [code]);
  return src ? <img src={src} alt={code} width={240} height={240} data-testid="personal-code" /> : <Spin />;
}

/** A resident's own page, reached by the signed link alone: their code to show at the table, and results. */
export function PersonalPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const load = useCallback(
    (signal: AbortSignal) => api.get<Personal>(`/testing/me/${encodeURIComponent(token)}`, { signal }),
    [token],
  );
  const { data, error, loading } = useFetch(load);
  const invalid = error instanceof ApiError && error.status === 404;
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Flex vertical gap={16} style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={4} style={{ margin: 0, textAlign: 'center' }}>
          {t('testing.personal.title')}
        </Typography.Title>
        {invalid && <Alert type="error" showIcon message={t('testing.personal.invalid')} />}
        {loading && !data && <Spin />}
        {data && (
          <>
            <Card>
              <Flex vertical align="center" gap={8}>
                <Typography.Text strong data-testid="personal-name">
                  {data.name}
                </Typography.Text>
                <CodeImage code={data.code} />
                <Typography.Text type="secondary">{t('testing.personal.showAtTable')}</Typography.Text>
              </Flex>
            </Card>
            <Card title={t('testing.personal.results')}>
              <List
                data-testid="personal-results"
                locale={{ emptyText: t('testing.personal.noResults') }}
                dataSource={data.results}
                renderItem={(item) => (
                  <List.Item>
                    <List.Item.Meta
                      title={item.round}
                      description={t('testing.personal.sampledAt', { time: formatMinute(item.sampledAt) })}
                    />
                    <Tag color={resultColour[item.result]}>{t(`testing.personal.result.${item.result}`)}</Tag>
                  </List.Item>
                )}
              />
            </Card>
          </>
        )}
      </Flex>
    </Flex>
  );
}
