import { Empty } from 'antd';

// Placeholder until the healthStatus views land.
export function HealthStatusTab() {
  return <Empty />;
}
