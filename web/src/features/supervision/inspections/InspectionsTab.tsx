import { Route, Routes } from 'react-router-dom';
import { InspectionList } from './InspectionList';
import { InspectionRun } from './InspectionRun';
import { InspectionView } from './InspectionView';

/** The inspections of the jurisdiction, one inspection's record, and the on-site flow of an open one. */
export function InspectionsTab() {
  return (
    <Routes>
      <Route index element={<InspectionList />} />
      <Route path=":inspectionId" element={<InspectionView />} />
      <Route path=":inspectionId/run" element={<InspectionRun />} />
    </Routes>
  );
}
