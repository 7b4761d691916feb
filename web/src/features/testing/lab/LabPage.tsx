import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { BoxReceipt } from './BoxReceipt';
import { ResultUpload } from './ResultUpload';

/** 检测机构: result files up, transport boxes signed for. */
export function LabPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Card type="inner" size="small" title={t('testing.lab.results')}>
        <ResultUpload />
      </Card>
      <Card type="inner" size="small" title={t('testing.lab.box')}>
        <BoxReceipt />
      </Card>
    </Flex>
  );
}
