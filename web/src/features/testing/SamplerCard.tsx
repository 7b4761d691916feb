import { Button, Result } from 'antd';
import { MobileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The phone page where samplers scan persons into tubes (outside the office layout). */
export const SAMPLE_PAGE = '/sample';

/** For a sampler, whose work is on the phone page rather than here. */
export function SamplerCard() {
  const { t } = useTranslation();
  return (
    <Result
      icon={<MobileOutlined />}
      title={t('testing.sample.title')}
      subTitle={t('testing.sample.description')}
      extra={
        <Link to={SAMPLE_PAGE}>
          <Button type="primary" size="large" data-testid="sample-open">
            {t('testing.sample.open')}
          </Button>
        </Link>
      }
    />
  );
}
