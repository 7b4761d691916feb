import { Empty } from 'antd';

// Placeholder until the passes views land.
export function PassesTab() {
  return <Empty />;
}
