import { Typography } from 'antd';
import type { Basis } from '../../../../../server/src/modules/protocol/basis.ts';

/** Where a date, action or target comes from: "第九版防控方案 v1 · quarantine.groups.close_contact.testDays". */
export function BasisText({ basis }: { basis: Basis }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="basis">
      {`${basis.name} v${basis.version} · ${basis.rule}`}
    </Typography.Text>
  );
}
