import type { ReactNode } from 'react';
import { Card, type CardProps } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { NotFoundPage } from '../pages/NotFoundPage';

/** A tab of a module's page, at its own address. */
export interface PageTab {
  key: string;
  /** Under the page's base path; '' is the base itself. */
  path: string;
  /** Already translated. */
  label: string;
  element: ReactNode;
  /** The tab has pages of its own under its path (`path/*`). */
  nested?: boolean;
}

/**
 * A module's page as a card of tabs, each tab an address under `base`: the tab bar follows the address
 * and navigates. A record's own page under a tab's path keeps that tab active; one under no tab's path
 * (given as `children` routes, like `cases/:caseId`) belongs to the first tab. The base shows `index`,
 * else the tab at '', else the first tab.
 */
export function TabbedPage({
  base,
  title,
  tabs,
  index,
  extra,
  styles,
  children,
}: {
  base: string;
  title: ReactNode;
  tabs: PageTab[];
  index?: ReactNode;
  children?: ReactNode;
} & Pick<CardProps, 'extra' | 'styles'>) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const fullPath = (tab: PageTab) => (tab.path ? `${base}/${tab.path}` : base);
  const active = tabs.find((tab) => tab.path && pathname.startsWith(fullPath(tab))) ?? tabs[0];
  const home = index ?? (tabs.find((tab) => !tab.path) ?? tabs[0])?.element;

  return (
    <Card
      title={title}
      extra={extra}
      styles={styles}
      tabList={tabs.map((tab) => ({ key: fullPath(tab), label: tab.label }))}
      activeTabKey={active ? fullPath(active) : base}
      onTabChange={(key) => void navigate(key)}
    >
      <Routes>
        {home !== undefined && <Route index element={home} />}
        {tabs
          .filter((tab) => tab.path)
          .map((tab) => (
            <Route key={tab.key} path={tab.nested ? `${tab.path}/*` : tab.path} element={tab.element} />
          ))}
        {children}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Card>
  );
}
