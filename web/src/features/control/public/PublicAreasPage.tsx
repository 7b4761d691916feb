import { Empty } from 'antd';

// Placeholder until the page lands.
export function PublicAreasPage() {
  return <Empty />;
}
