import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import { AreaDetail } from './AreaDetail';
import { AreaList } from './AreaList';

/** 风险区: the list (with changes awaiting the user's decision) and each area's page under areas/:areaId. */
export function RiskAreasTab() {
  return (
    <Routes>
      <Route index element={<AreaList />} />
      <Route path=":areaId" element={<AreaDetail />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
