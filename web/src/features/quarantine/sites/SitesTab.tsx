import { Empty } from 'antd';

// Placeholder until the quarantine views land.
export function SitesTab() {
  return <Empty />;
}
