import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { renameCluster } from './api';
import type { Cluster } from './api';

type Props = { cluster: Cluster | null; onClose: () => void; onRenamed: () => void };

/** Names a cluster as the command centre calls it (e.g. after a place); recomputations keep the name. */
export function RenameClusterModal({ cluster, onClose, onRenamed }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <FormModal<{ name: string }>
      open={cluster !== null}
      title={t('tracingClusters.rename.title')}
      name="renameCluster"
      initialValues={{ name: cluster?.name }}
      okTestId="cluster-rename-submit"
      onClose={onClose}
      onSubmit={async ({ name }) => {
        if (!cluster) return;
        await renameCluster(cluster.id, name.trim());
        void message.success(t('tracingClusters.rename.done'));
        onRenamed();
      }}
    >
      <Form.Item
        name="name"
        label={t('tracingClusters.rename.name')}
        rules={[{ required: true, whitespace: true, message: t('tracingClusters.rename.nameRequired') }]}
      >
        <Input maxLength={100} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
