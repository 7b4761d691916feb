import { Empty } from 'antd';

// Placeholder until the treatment views land.
export function TreatmentPage() {
  return <Empty />;
}
