import { Empty } from 'antd';

// Placeholder until the riskAreas views land.
export function RiskAreasTab() {
  return <Empty />;
}
