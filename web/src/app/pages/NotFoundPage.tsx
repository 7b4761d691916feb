import { Button, Result } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';

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

/** A record's page when there is no such record (or none the user may see): back to where it is listed. */
export function RecordNotFound({ backTo, backLabel }: { backTo: string; backLabel: ParseKeys }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('pages.notFound')}
      extra={
        <Link to={backTo}>
          <Button>{t(backLabel)}</Button>
        </Link>
      }
    />
  );
}
