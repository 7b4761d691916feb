import { Empty } from 'antd';

// Placeholder until the page lands.
export function SelfCheckPage() {
  return <Empty />;
}
