import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResidentDetails } from './ResidentDetails';

type Props = {
  open: boolean;
  /** Kept after the drawer closes, so the closing drawer does not go blank mid-animation. */
  residentId: number | null;
  onClose: () => void;
  /** The resident was edited or moved: the list behind re-reads. */
  onChanged: () => void;
};

export function ResidentDrawer({ open, residentId, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('registry.detail.title')}
      size={640}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      // Mounted only while open: each opening reads (and so audits) the record afresh.
      destroyOnHidden
    >
      {residentId !== null && <ResidentDetails key={residentId} residentId={residentId} onChanged={onChanged} />}
    </Drawer>
  );
}
