import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** Also what a user sees on a page they lack the permission for: it is not theirs to find. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('pages.notFound')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('pages.backHome')}
        </Button>
      }
    />
  );
}
