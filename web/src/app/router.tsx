import { Suspense, lazy } from 'react';
import { Flex, Spin } from 'antd';
import { Route, Routes } from 'react-router-dom';
import { LoginPage } from './auth/LoginPage';
import { RequireAuth } from './auth/RequireAuth';
import { useAuth } from './auth/context';
import { hasPermission } from './auth/permissions';
import { AppLayout } from './layout/AppLayout';
import { ADMIN_ENTRIES, MODULES, allowedEntries } from './layout/navigation';
import { HomePage } from './pages/HomePage';
import { NotBuiltPage } from './pages/NotBuiltPage';
import { NotFoundPage } from './pages/NotFoundPage';

// The sampling table's phone page: full screen, outside the command layout, loaded on first visit.
const SamplingPage = lazy(async () => ({
  default: (await import('../features/testing/sampling/SamplingPage')).SamplingPage,
}));

// A resident's own page, by signed link, without an account.
const PersonalPage = lazy(async () => ({
  default: (await import('../features/testing/personal/PersonalPage')).PersonalPage,
}));

// A resident's own report (主动报备), without an account.
const SelfReportPage = lazy(async () => ({
  default: (await import('../features/screening/report/SelfReportPage')).SelfReportPage,
}));

// A closed area's gate: full screen on a phone, verifying passes offline.
const GatePage = lazy(async () => ({ default: (await import('../features/control/gate/GatePage')).GatePage }));

// The published list of risk areas, for everyone.
const PublicAreasPage = lazy(async () => ({
  default: (await import('../features/control/public/PublicAreasPage')).PublicAreasPage,
}));

// A quarantined person's own health check, by signed link, without an account.
const SelfCheckPage = lazy(async () => ({
  default: (await import('../features/quarantine/self-check/SelfCheckPage')).SelfCheckPage,
}));

// A checkpoint's (卡口) fast entry of vehicles and persons: full screen on a phone.
const CheckpointEntryPage = lazy(async () => ({
  default: (await import('../features/keyplaces/checkpoints/CheckpointEntryPage')).CheckpointEntryPage,
}));

function FullScreenFallback() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

export function AppRoutes() {
  const { me } = useAuth();
  // A page the user lacks the permission for is not routed at all, so it falls through to 404.
  const modules = allowedEntries(me, MODULES);
  const admin = allowedEntries(me, ADMIN_ENTRIES);
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/me/:token"
        element={
          <Suspense fallback={<FullScreenFallback />}>
            <PersonalPage />
          </Suspense>
        }
      />
      <Route
        path="/report"
        element={
          <Suspense fallback={<FullScreenFallback />}>
            <SelfReportPage />
          </Suspense>
        }
      />
      <Route
        path="/areas"
        element={
          <Suspense fallback={<FullScreenFallback />}>
            <PublicAreasPage />
          </Suspense>
        }
      />
      <Route
        path="/check/:token"
        element={
          <Suspense fallback={<FullScreenFallback />}>
            <SelfCheckPage />
          </Suspense>
        }
      />
      <Route element={<RequireAuth />}>
        {hasPermission(me, 'gate.scan') && (
          <Route
            path="/gate"
            element={
              <Suspense fallback={<FullScreenFallback />}>
                <GatePage />
              </Suspense>
            }
          />
        )}
        {hasPermission(me, 'checkpoint.record') && (
          <Route
            path="/checkpoint"
            element={
              <Suspense fallback={<FullScreenFallback />}>
                <CheckpointEntryPage />
              </Suspense>
            }
          />
        )}
        {hasPermission(me, 'testing.sample') && (
          <Route
            path="/sample"
            element={
              <Suspense fallback={<FullScreenFallback />}>
                <SamplingPage />
              </Suspense>
            }
          />
        )}
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          {modules.map(({ key, path, page: Page }) =>
            Page ? (
              <Route key={key} path={`${path}/*`} element={<Page />} />
            ) : (
              <Route key={key} path={path} element={<NotBuiltPage module={key} />} />
            ),
          )}
          {admin.map(({ key, path, page: Page }) => (
            <Route key={key} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
