import { Route, Routes } from 'react-router-dom';
import { ReserveSummary } from './ReserveSummary';
import { SiteBoard } from './SiteBoard';
import { SiteList } from './SiteList';

/** 隔离点: the jurisdiction's reserve and occupancy, its sites, and each site's board under sites/:siteId. */
export function SitesTab() {
  return (
    <Routes>
      <Route
        index
        element={
          <>
            <ReserveSummary />
            <SiteList />
          </>
        }
      />
      <Route path=":siteId" element={<SiteBoard />} />
    </Routes>
  );
}
