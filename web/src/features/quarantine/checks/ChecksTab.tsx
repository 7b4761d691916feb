import { Empty } from 'antd';

// Placeholder until the healthChecks views land.
export function ChecksTab() {
  return <Empty />;
}
