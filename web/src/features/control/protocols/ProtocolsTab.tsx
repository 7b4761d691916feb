import { Empty } from 'antd';

// Placeholder until the protocols views land.
export function ProtocolsTab() {
  return <Empty />;
}
