import { Button, Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../../testing/time';
import { fetchPublicAreas, publicWorkbookUrl } from '../areas/api';
import type { PublicArea } from '../areas/api';
import { LevelTag } from '../areas/LevelTag';
import { regionPath } from '../areas/useAreaColumns';

function AreaItem({ area }: { area: PublicArea }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid={`public-area-${area.code}`}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong>{area.name}</Typography.Text>
          <LevelTag label={area.levelLabel} closure={area.closure} />
        </Flex>
        <Typography.Text type="secondary">{regionPath(area.regionNames)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {area.code} · {t('riskAreas.public.since', { at: formatMinute(area.since) })}
        </Typography.Text>
      </Flex>
    </List.Item>
  );
}

/** The published list of risk areas in force (风险区名单), for everyone on a phone, with the .xlsx to download. */
export function PublicAreasPage() {
  const { t } = useTranslation();
  const { data } = useFetch(fetchPublicAreas);
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Flex vertical gap={16} style={{ width: '100%', maxWidth: 640 }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('riskAreas.public.title')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Text type="secondary">{t('riskAreas.public.intro')}</Typography.Text>
        <Card size="small">
          {data ? (
            <>
              <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
                <Typography.Text data-testid="public-count">
                  {t('riskAreas.public.count', { count: data.items.length })}
                </Typography.Text>
                <Button icon={<DownloadOutlined />} href={publicWorkbookUrl()} data-testid="public-download">
                  {t('riskAreas.public.download')}
                </Button>
              </Flex>
              {data.items.length === 0 ? (
                <Empty description={t('riskAreas.public.empty')} />
              ) : (
                <List dataSource={data.items} renderItem={(area) => <AreaItem area={area} />} />
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('riskAreas.public.updatedAt', { at: formatMinute(data.updatedAt) })}
              </Typography.Text>
            </>
          ) : (
            <Skeleton active />
          )}
        </Card>
      </Flex>
    </Flex>
  );
}
