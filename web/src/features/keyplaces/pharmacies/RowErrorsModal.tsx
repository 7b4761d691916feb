import { Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RowProblem } from './api';

/** The rows of a refused register file, each with its field and reason: fix them all, then import again. */
export function RowErrorsModal({ problems, onClose }: { problems: RowProblem[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={problems.length > 0} title={t('pharmacies.refusedTitle')} onCancel={onClose} footer={null} width={560}>
      <Typography.Paragraph type="secondary">{t('pharmacies.importHint')}</Typography.Paragraph>
      <Table<RowProblem>
        size="small"
        rowKey={(p) => `${p.row}/${p.field}`}
        dataSource={problems}
        pagination={problems.length > 20 ? { pageSize: 20 } : false}
        data-testid="sale-import-errors"
        columns={[
          { key: 'row', title: t('pharmacies.row'), dataIndex: 'row', width: 70 },
          { key: 'field', title: t('pharmacies.field'), render: (_, p) => t(`pharmacies.fields.${p.field}`, p.field) },
          {
            key: 'reason',
            title: t('pharmacies.reason'),
            render: (_, p) => t(`pharmacies.reasons.${p.reason}`, p.reason),
          },
        ]}
      />
    </Modal>
  );
}
