import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../../app/auth/context';
import { hasPermission } from '../../app/auth/permissions';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { CampaignDetail } from './CampaignDetail';
import { CampaignList } from './CampaignList';
import { KeypostPage } from './keypost/KeypostPage';
import { LabPage } from './lab/LabPage';
import { SAMPLE_PAGE, SamplerCard } from './SamplerCard';

const BASE = '/testing';
const LAB = `${BASE}/lab`;
const KEYPOST = `${BASE}/keypost`;

/**
 * 核酸检测: the command office's rounds (coverage, positive pools, progress) and key-post workers, and the lab's
 * result upload and box receipt, each offered only to those who may use it. Samplers are sent on to the phone page.
 */
export function TestingPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const canRead = hasPermission(me, 'testing.read');
  const canLab = hasPermission(me, 'testing.lab');
  const canSample = hasPermission(me, 'testing.sample');

  const tabs = [
    ...(canRead ? [{ key: BASE, label: t('testing.tabs.campaigns') }] : []),
    ...(canRead ? [{ key: KEYPOST, label: t('testing.tabs.keypost') }] : []),
    ...(canLab ? [{ key: LAB, label: t('testing.tabs.lab') }] : []),
    ...(canSample && (canRead || canLab) ? [{ key: SAMPLE_PAGE, label: t('testing.tabs.sample') }] : []),
  ];
  // A round's detail belongs under the rounds tab.
  const active = pathname.startsWith(LAB) ? LAB : pathname.startsWith(KEYPOST) ? KEYPOST : BASE;

  // The first page each user gets: the rounds, else the lab, else the way to the phone page.
  const index = canRead ? <CampaignList /> : canLab ? <Navigate to="lab" replace /> : <SamplerCard />;
  const routes = (
    <Routes>
      <Route index element={index} />
      {canRead && <Route path="campaigns/:id" element={<CampaignDetail />} />}
      {canRead && <Route path="keypost" element={<KeypostPage />} />}
      {canLab && <Route path="lab" element={<LabPage />} />}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
  return (
    <Card
      title={t('modules.testing')}
      tabList={tabs.length > 0 ? tabs : undefined}
      activeTabKey={active}
      onTabChange={(key) => void navigate(key)}
    >
      {routes}
    </Card>
  );
}
